"use client";

import { useMemo, useState } from "react";
import { Alert, Button, Input } from "antd";
import type { OrgImportPlan } from "@/lib/org-tree/import-plan";
import type { CreateOrganisationInput, MergeOrganisationInput, MoveOrganisationInput, RenameOrganisationInput, SetRuleMakingInput } from "@/lib/validation/organisation";
import type { ActionResult, CommandAction } from "../action-result";
import { PageHeader } from "../page-header";
import { useCommandFeedback } from "../use-command-feedback";
import { OrgCreateModal } from "./org-create-modal";
import { OrgImportModal } from "./org-import-modal";
import { OrgMergeModal } from "./org-merge-modal";
import { OrgMoveModal } from "./org-move-modal";
import { OrgRenameModal } from "./org-rename-modal";
import { OrgTable, type OrgRowAction } from "./org-table";
import type { OrgRow } from "./types";

export type OrgActions = {
  create: CommandAction<CreateOrganisationInput>;
  rename: CommandAction<RenameOrganisationInput>;
  setRuleMaking: CommandAction<SetRuleMakingInput>;
  move: CommandAction<MoveOrganisationInput>;
  merge: CommandAction<MergeOrganisationInput>;
  deactivate: CommandAction<{ code: string }>;
  reactivate: CommandAction<{ code: string }>;
  remove: CommandAction<{ code: string }>;
  previewImport: (form: FormData) => Promise<ActionResult<OrgImportPlan>>;
  commitImport: (form: FormData) => Promise<ActionResult<{ inserted: number; updated: number }>>;
};

type Dialog = { kind: "create" } | { kind: "import" } | { kind: "rename" | "move" | "merge"; org: OrgRow } | null;

/** The ids of units matching `query` (name or code) and of their ancestors; null for no query. */
function matching(orgs: OrgRow[], query: string): Set<number> | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const out = new Set<number>();
  for (const o of orgs) {
    if (!o.name.toLowerCase().includes(q) && !o.code.toLowerCase().includes(q)) continue;
    for (let at: OrgRow | undefined = o; at && !out.has(at.id); at = at.parentId === null ? undefined : byId.get(at.parentId)) out.add(at.id);
  }
  return out;
}

/** The 系统管理员's organisation page: the tree, single edits, and the import. */
export function OrgAdmin({ orgs, actions }: { orgs: OrgRow[]; actions: OrgActions }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [query, setQuery] = useState("");
  const [busyCode, setBusyCode] = useState<string | null>(null);
  const visibleIds = useMemo(() => matching(orgs, query), [orgs, query]);
  const { report } = useCommandFeedback();
  const close = () => setDialog(null);

  async function onAction(action: OrgRowAction, org: OrgRow) {
    if (action === "rename" || action === "move" || action === "merge") return setDialog({ kind: action, org });
    setBusyCode(org.code);
    if (action === "rule_making") {
      const result = await actions.setRuleMaking({ code: org.code, ruleMaking: !org.ruleMaking });
      setBusyCode(null);
      report(result, `「${org.name}」${org.ruleMaking ? "已取消" : "已设为有"}规章制定权`);
      return;
    }
    const run = { deactivate: actions.deactivate, reactivate: actions.reactivate, delete: actions.remove }[action];
    const done = { deactivate: "已停用", reactivate: "已启用", delete: "已删除" }[action];
    const result = await run({ code: org.code });
    setBusyCode(null);
    report(result, `${done}「${org.name}」`);
  }

  return (
    <>
      <PageHeader
        title="单位管理"
        actions={
          <>
            <Input.Search placeholder="按名称或代码查找" allowClear onSearch={setQuery} onChange={(e) => !e.target.value && setQuery("")} style={{ width: 220 }} aria-label="查找单位" />
            <Button onClick={() => setDialog({ kind: "import" })}>导入</Button>
            <Button type="primary" onClick={() => setDialog({ kind: "create" })}>
              新增单位
            </Button>
          </>
        }
      >
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title="这里编辑的是当前单位树。每个填报周期的单位名册是建立周期时的快照：在此新增、移动、合并或停用单位，不会改变已建立周期的名册。有填报记录的单位不能删除，只能停用。"
        />
      </PageHeader>
      <OrgTable orgs={orgs} visibleIds={visibleIds} busyCode={busyCode} onAction={onAction} />
      {dialog?.kind === "create" ? <OrgCreateModal orgs={orgs} action={actions.create} onClose={close} /> : null}
      {dialog?.kind === "rename" ? <OrgRenameModal org={dialog.org} action={actions.rename} onClose={close} /> : null}
      {dialog?.kind === "move" ? <OrgMoveModal org={dialog.org} orgs={orgs} action={actions.move} onClose={close} /> : null}
      {dialog?.kind === "merge" ? <OrgMergeModal org={dialog.org} orgs={orgs} action={actions.merge} onClose={close} /> : null}
      {dialog?.kind === "import" ? <OrgImportModal preview={actions.previewImport} commit={actions.commitImport} onClose={close} /> : null}
    </>
  );
}
