/** Publishing a report: the steps before it, the figures it froze, the package for the platform. */
export { publicationSteps, type PublicationSteps, type PublishedRecord, type ReportNow, type ReviewKind, type ReviewRecord } from "./steps";
export { canonicalData, contentSha256, dataSha256, dataUsed, sha256Hex, type DataUsed, type UnitValues } from "./fingerprint";
export { metadataJson, packageFileNames, type PublicationMetadata } from "./metadata";
export { publicationHtml } from "./package-html";
export { publicationPackage, statisticsCsv, type PackageInput } from "./package-zip";
