"use client";

import { Alert, Button, Space } from "antd";
import type { SaveState } from "@/components/autosave/use-autosave";
import type { StatsConflict } from "./types";

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString("zh-CN", { hour12: false, hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/**
 * The save state in words: 已保存 HH:mm:ss / 正在保存… / 未保存 / 保存失败，正在重试; while cells
 * do not parse, that the others are saved and the server keeps its value for those cells.
 */
export function SaveStatus({ state, invalidCells }: { state: SaveState<StatsConflict>; invalidCells: number }) {
  const held = invalidCells > 0 && (state.phase === "held" || state.phase === "saved");
  const text = held
    ? `${state.savedAt ? `其他单元格已保存 ${clock(state.savedAt)}；` : ""}${invalidCells} 个单元格填写有误，未保存（服务器保留原值）`
    : state.phase === "saving"
      ? "正在保存…"
      : state.phase === "retrying"
        ? "保存失败，正在重试"
        : state.phase === "saved"
          ? state.savedAt
            ? `已保存 ${clock(state.savedAt)}`
            : "已保存"
          : "未保存";
  const color = held ? "#d46b08" : state.phase === "retrying" ? "#cf1322" : state.phase === "saved" ? "#389e0d" : "#595959";
  return (
    <span role="status" aria-live="polite" style={{ color, fontWeight: 500 }}>
      {text}
    </span>
  );
}

type NoticeProps = {
  state: SaveState<StatsConflict>;
  loginHref: string;
  onReload: () => void;
  onOverwrite: () => void;
};

/** What needs the person's attention about saving: an expired session, a conflict, a refusal. */
export function SaveNotice({ state, loginHref, onReload, onOverwrite }: NoticeProps) {
  if (state.phase === "unauthorized") {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title="登录已失效，输入的数据已保存在本机浏览器中"
        description={
          <>
            请<a href={loginHref}>重新登录</a>，登录后回到本页会自动恢复并保存这些数据。
          </>
        }
      />
    );
  }
  if (state.phase === "conflict" && state.conflict) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 8 }}
        title="数据已被他人修改"
        description={
          <Space orientation="vertical">
            <span>
              在您填写期间，有人保存了本单位的数据。自动保存已暂停，您的输入仍在表中；
              与对方不同的 {state.conflict.cells.length} 个单元格已用橙色框标出（选中或悬停可看对方的值）。
            </span>
            <Space wrap>
              <Button onClick={onReload}>载入对方保存的数据</Button>
              <Button type="primary" danger onClick={onOverwrite}>
                用我的数据覆盖
              </Button>
            </Space>
          </Space>
        }
      />
    );
  }
  if (state.phase === "blocked") {
    return <Alert type="error" showIcon style={{ marginBottom: 8 }} title={`无法保存：${state.message ?? "请稍后再试"}`} />;
  }
  return null;
}
