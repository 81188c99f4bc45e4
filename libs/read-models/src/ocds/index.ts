export type * from './ocds-release';
export type { OcdsProcess } from './ocds-process';
export { isOcdsStream, procurementIdNamedBy, projectOcds, type OcdsReleaseEntry } from './project-ocds';
export { OcdsLogFold } from './ocds-log-fold';
export {
  OCDS_EXTENSIONS,
  OCDS_VERSION,
  ocidOf,
  procurementIdOfOcid,
  recordPackage,
  releasePackage,
  type OcdsPublication,
  type OcdsRecordPackage,
  type OcdsReleasePackage,
} from './ocds-packages';
export { PLACEMENT_GOAL, sustainabilityOf } from './sustainability';
