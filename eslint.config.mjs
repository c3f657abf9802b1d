import tseslint from "typescript-eslint";

// The floors (docs/decisions/014-one-server-layer.md): lib/ ← db/ ← server/ ← app/, cli/; components/ is
// React only. Each folder lists what it must not import; tests/unit/architecture/layers.test.ts
// checks the same rules (following relative paths exactly) and plants a bad import in each.

/** An import of one of the repo's top-level folders, by alias or by a relative path that climbs to it. */
const folder = (names, message) => ({ regex: `^(@/|(\\.\\./)+)(${names.join("|")})(/|$)`, message });
const packages = (names, message) => ({ group: names.flatMap((n) => [n, `${n}/*`]), message });

const NEXT = packages(["next", "next-auth", "server-only"], "only server/next/ (and app/) may depend on Next.js, next-auth or server-only.");
const REACT = packages(["react", "react-dom", "@react-pdf/renderer"], "React is for components/, app/ and the react-pdf documents in server/pdf/.");
const UI = packages(["antd", "@ant-design/icons", "@ant-design/nextjs-registry", "@tiptap/core", "@tiptap/react", "@tiptap/pm", "@tiptap/starter-kit"], "the UI kit belongs to components/ and app/.");
const DATABASE = packages(["drizzle-orm", "better-sqlite3"], "SQL lives in db/.");
const ROOT_MODULES = { regex: "^(@/|(\\.\\./)+)(auth|auth\\.config|proxy)$", message: "auth.ts, auth.config.ts and proxy.ts are Next's; only server/next/ and app/ use them." };

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "data/**", "db/migrations/**", "next-env.d.ts", "test-results/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: restrict(NEXT, REACT, UI, DATABASE, ROOT_MODULES, folder(["db", "server", "app", "components", "cli"], "lib/ is the framework-free domain core: it imports only lib/.")),
  },
  {
    files: ["db/**/*.ts"],
    rules: restrict(NEXT, REACT, UI, ROOT_MODULES, folder(["server", "app", "components", "cli"], "db/ is schema, migrations and SQL: it imports only db/ and lib/.")),
  },
  {
    files: ["server/**/*.ts", "server/**/*.tsx"],
    rules: restrict(
      NEXT,
      REACT,
      UI,
      DATABASE,
      ROOT_MODULES,
      folder(["app", "components", "cli"], "server/ must not import app/, components/ or cli/."),
      { regex: "^(@/server/next|(\\.\\./)+next)(/|$)", message: "the server core must not depend on its Next adapter (server/next/)." },
    ),
  },
  {
    // The Next adapter: sessions, headers, redirects, react's cache().
    files: ["server/next/**/*.ts"],
    rules: restrict(UI, DATABASE, folder(["app", "components", "cli"], "server/ must not import app/, components/ or cli/.")),
  },
  {
    // The react-pdf documents: the one place the server layer renders React.
    files: ["server/pdf/**/*.ts", "server/pdf/**/*.tsx"],
    rules: restrict(NEXT, UI, DATABASE, ROOT_MODULES, folder(["app", "components", "cli"], "server/ must not import app/, components/ or cli/."), {
      regex: "^(@/server/next|(\\.\\./)+next)(/|$)",
      message: "the server core must not depend on its Next adapter (server/next/).",
    }),
  },
  {
    files: ["cli/**/*.ts"],
    rules: restrict(
      NEXT,
      packages(["react", "react-dom"], "cli/ must not depend on React."),
      UI,
      DATABASE,
      ROOT_MODULES,
      folder(["app", "components"], "cli/ is a client of server/: it imports only server/, db/ and lib/."),
      { regex: "^(@/server/next|(\\.\\./)+server/next)(/|$)", message: "cli/ must not import the server's Next adapter (server-only throws under tsx)." },
    ),
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: restrict(DATABASE, folder(["db", "cli"], "app/ is a thin adapter: it calls server/, never db/ (or cli/).")),
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: restrict(
      DATABASE,
      packages(["server-only"], "components/ must not import server-only modules."),
      folder(["app", "db", "server", "cli"], "components/ is React only: no app/, db/, server/ or cli/ (types included; shared types live in lib/contracts/)."),
    ),
  },
);
