/** The seed's preface fields for the demo region: data the tests pass in, not defaults of lib/. */
export const SEED_FIELDS = {
  unitName: "内蒙古自治区",
  scope: "全区",
  compiler: "自治区人民政府办公厅",
  sources: "各盟市、区直各部门",
  downloadSite: "内蒙古自治区政府门户网站",
  downloadUrl: "http://www.nmg.gov.cn",
  contactOffice: "自治区政务服务局",
  phone: "0471-4825916",
  email: "zwgk_nmg@nmg.gov.cn",
};
