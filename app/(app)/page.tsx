import { readPage } from "@/server/next/read";
import { loadHomePage } from "@/server/home/home-page";
import { HomeTodoCard } from "@/components/home/home-todo";
import { HomeFigures } from "@/components/home/home-figures";

export const metadata = { title: "首页 - 年报编制系统" };

export default async function HomePage() {
  const view = await readPage(loadHomePage);
  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px" }}>我的待办</h1>
      {view.todo ? (
        <HomeTodoCard todo={view.todo} />
      ) : (
        <section style={{ background: "#fff", padding: "24px", borderRadius: 8 }}>
          <p style={{ margin: 0 }}>{view.displayName}，您尚未被授予角色，请联系安全管理员授权。</p>
        </section>
      )}
      {view.summary ? <HomeFigures summary={view.summary} drillBase={view.drillBase} /> : null}
    </>
  );
}
