"use client";

import { Modal, Radio, Segmented, Select, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import type { CatalogEntry, TokenFormat, TokenRef } from "@/lib/report";

const KINDS = [
  { value: "value", label: "数值", kinds: ["value"] },
  { value: "share", label: "比例", kinds: ["share"] },
  { value: "growth", label: "增长", kinds: ["growth"] },
  { value: "split", label: "构成", kinds: ["split"] },
  { value: "top", label: "前几位", kinds: ["top", "rank"] },
  { value: "cell", label: "单元格", kinds: ["cell"] },
] as const;

const FORMAT_LABELS: Record<TokenFormat, string> = {
  wan: "万为单位，含计量单位",
  plain: "完整数字，含计量单位",
  "wan-number": "万为单位，不含计量单位（单位在正文中写出）",
  "plain-number": "完整数字，不含计量单位（单位在正文中写出）",
};

type Props = {
  open: boolean;
  catalog: readonly CatalogEntry[];
  onCancel: () => void;
  onInsert: (ref: TokenRef, format: TokenFormat) => void;
};

/** "插入数据": choose what to show (a figure's value, share, growth, part, top-N list, or a cell) and how (万 or every digit). */
export function TokenPicker({ open, catalog, onCancel, onInsert }: Props) {
  const [kind, setKind] = useState<(typeof KINDS)[number]["value"]>("value");
  const [key, setKey] = useState<string | null>(null);
  const [format, setFormat] = useState<TokenFormat>("wan");

  const options = useMemo(() => {
    const kinds: readonly string[] = KINDS.find((k) => k.value === kind)!.kinds;
    const groups = new Map<string, { label: string; value: string }[]>();
    for (const e of catalog) {
      if (e.format !== "wan" || !kinds.includes(e.kind)) continue;
      const shown = e.resolution.status === "ok" ? e.resolution.text : "无法表述";
      const list = groups.get(e.group) ?? [];
      list.push({ value: e.key.replace(/\|wan$/, ""), label: `${e.label}：${shown}` });
      groups.set(e.group, list);
    }
    return [...groups].map(([label, opts]) => ({ label, options: opts }));
  }, [catalog, kind]);

  // Every format the chosen item offers, each shown exactly as it will print.
  const formats = key ? catalog.filter((e) => e.key.startsWith(`${key}|`)) : [];
  const chosen = formats.find((e) => e.format === format) ?? formats[0];
  const preview = chosen ? (chosen.resolution.status === "ok" ? chosen.resolution.text : chosen.resolution.message) : null;

  const reset = () => {
    setKey(null);
    setFormat("wan");
  };

  return (
    <Modal
      title="插入数据"
      open={open}
      okText="插入"
      cancelText="取消"
      okButtonProps={{ disabled: !chosen }}
      onCancel={() => {
        reset();
        onCancel();
      }}
      onOk={() => {
        if (!chosen) return;
        onInsert(chosen.ref, chosen.format);
        reset();
      }}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: "100%" }} size="middle">
        <div>
          <Typography.Text id="token-kind-label">数据类别</Typography.Text>
          <div>
            <Segmented
              aria-labelledby="token-kind-label"
              options={KINDS.map((k) => ({ value: k.value, label: k.label }))}
              value={kind}
              onChange={(v) => {
                setKind(v as typeof kind);
                setKey(null);
              }}
            />
          </div>
        </div>
        <div>
          <label htmlFor="token-item">数据项</label>
          <Select
            id="token-item"
            aria-label="数据项"
            showSearch={{ optionFilterProp: "label" }}
            style={{ width: "100%" }}
            placeholder="输入名称搜索"
            options={options}
            value={key}
            onChange={(v: string) => setKey(v)}
          />
        </div>
        <div>
          <Typography.Text id="token-format-label">格式</Typography.Text>
          <div>
            {formats.length ? (
              <Radio.Group aria-labelledby="token-format-label" value={chosen?.format} onChange={(e) => setFormat(e.target.value as TokenFormat)}>
                <Space orientation="vertical">
                  {formats.map((e) => (
                    <Radio key={e.format} value={e.format}>
                      {FORMAT_LABELS[e.format]}：{e.resolution.status === "ok" ? e.resolution.text : "无法表述"}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            ) : (
              <Typography.Text type="secondary">选择数据项后显示可选格式</Typography.Text>
            )}
          </div>
        </div>
        <div aria-live="polite">
          {preview ? (
            <Typography.Text>
              将显示为：<Typography.Text strong>{preview}</Typography.Text>
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">请选择数据项</Typography.Text>
          )}
        </div>
      </Space>
    </Modal>
  );
}
