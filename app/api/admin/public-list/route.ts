// POST /api/admin/public-list {enabled} – 开放或关闭本系统的公开报告列表（系统管理员）
import { jsonRoute } from "@/server/next/json-route";
import { setPublicList } from "@/server/reports/publication/public-setting";

export const POST = jsonRoute(setPublicList);
