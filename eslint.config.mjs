import tseslint from "typescript-eslint";

// lib/ is the framework-free domain core: it must stay testable without Next, React or a database.
const forbiddenInLib = [
  { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "lib/ must not depend on Next.js." },
  { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "lib/ must not depend on React." },
  { group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3"], message: "lib/ must not touch the database." },
  { group: ["antd", "antd/*", "@ant-design/*"], message: "lib/ must not depend on the UI kit." },
  { group: ["@/db", "@/db/*", "../db", "../db/*", "../../db", "../../db/*", "@/app/*", "@/components/*"], message: "lib/ must not import app layers." },
];

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
    rules: { "no-restricted-imports": ["error", { patterns: forbiddenInLib }] },
  },
);
