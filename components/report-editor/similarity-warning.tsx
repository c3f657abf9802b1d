"use client";

import { diffChars } from "diff";
import { Alert, Button, List, Modal } from "antd";
import { useMemo, useState } from "react";
import styles from "./narrative-editor.module.css";

export type SimilarityView = {
  threshold: number;
  mine: string;
  findings: { label: string; kind: "previous-year" | "same-cycle"; ratio: number; text: string }[];
};

const percent = (r: number) => `${(Math.floor(r * 1000) / 10).toFixed(1)}%`;

/** The other report's text against this one: what this report added (green) and left out (red). */
function Diff({ theirs, mine }: { theirs: string; mine: string }) {
  const parts = useMemo(() => diffChars(theirs, mine), [theirs, mine]);
  return (
    <div className={styles.diff}>
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className={styles.ins}>
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className={styles.del}>
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </div>
  );
}

/** Shown to the 负责人 and the reviewer: reports whose written text is this one's to the threshold or more. */
export function SimilarityWarning({ result }: { result: SimilarityView }) {
  const [open, setOpen] = useState<number | null>(null);
  if (!result.findings.length) return null;
  const shown = open === null ? null : result.findings[open];
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`本报告撰写的正文与以下报告相似度达到 ${Math.round(result.threshold * 100)}% 以上，请核实是否照搬`}
        description={
          <List
            size="small"
            dataSource={result.findings}
            renderItem={(f, i) => (
              <List.Item
                actions={[
                  <Button key="d" size="small" onClick={() => setOpen(i)}>
                    查看差异
                  </Button>,
                ]}
              >
                {f.label}：相似度 {percent(f.ratio)}
              </List.Item>
            )}
          />
        }
      />
      <Modal title={shown ? `与${shown.label}的差异` : ""} open={shown !== null} onCancel={() => setOpen(null)} footer={null} width={800}>
        {shown ? (
          <>
            <p style={{ color: "#8c8c8c" }}>绿色为本报告新增的文字，红色为对方报告中有而本报告没有的文字；“〔数〕”为绑定数据。</p>
            <Diff theirs={shown.text} mine={result.mine} />
          </>
        ) : null}
      </Modal>
    </>
  );
}
