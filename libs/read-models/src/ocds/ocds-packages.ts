import type { OcdsRelease } from './ocds-release';

/** The OCDS schema version the packages follow. */
export const OCDS_VERSION = '1.1';

/** The extensions the releases use: sustainability (`tender.sustainability`) and metrics (placement counts). */
export const OCDS_EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json',
] as const;

export interface OcdsPublication {
  /** The package's own URI: where it was served, or the file it was written to. */
  readonly uri: string;
  readonly publisherName: string;
  /** The publisher's registered ocid prefix, e.g. `ocds-213czf`. */
  readonly ocidPrefix: string;
  /** When the package was published, or the recorded time of its latest content. */
  readonly publishedDate: string;
}

/** The OCDS id of a procurement: the publisher's registered prefix, a hyphen, the procurement id. */
export function ocidOf(ocidPrefix: string, procurementId: string): string {
  return `${ocidPrefix}-${procurementId}`;
}

/** The procurement id an ocid names under `ocidPrefix`, or undefined for an ocid of another prefix. */
export function procurementIdOfOcid(ocidPrefix: string, ocid: string): string | undefined {
  return ocid.startsWith(`${ocidPrefix}-`) && ocid.length > ocidPrefix.length + 1 ? ocid.slice(ocidPrefix.length + 1) : undefined;
}

/** A stored release (its `ocid` the bare procurement id) as published under the prefix. */
const published = (ocidPrefix: string) => (release: OcdsRelease): OcdsRelease => ({ ...release, ocid: ocidOf(ocidPrefix, release.ocid) });

const header = (publication: OcdsPublication) => ({
  uri: publication.uri,
  version: OCDS_VERSION,
  extensions: [...OCDS_EXTENSIONS],
  publishedDate: publication.publishedDate,
  publisher: { name: publication.publisherName },
});

export interface OcdsReleasePackage extends ReturnType<typeof header> {
  readonly releases: readonly OcdsRelease[];
}

export interface OcdsRecordPackage extends ReturnType<typeof header> {
  readonly records: readonly { readonly ocid: string; readonly releases: readonly OcdsRelease[]; readonly compiledRelease: OcdsRelease }[];
}

/** A release package of stored releases, in the order given (the feed keeps log order). */
export function releasePackage(releases: readonly OcdsRelease[], publication: OcdsPublication): OcdsReleasePackage {
  return { ...header(publication), releases: releases.map(published(publication.ocidPrefix)) };
}

/**
 * The record package of one process from its stored releases in log order. The record lists them by date,
 * as the standard asks (log order among equal dates). Each release is a full snapshot, so the compiled
 * release is the last one in log order — what the system knows now, even when an act was registered after
 * a later one — tagged `compiled`.
 */
export function recordPackage(releasesInLogOrder: readonly OcdsRelease[], publication: OcdsPublication): OcdsRecordPackage {
  if (releasesInLogOrder.length === 0) throw new RangeError('a record needs at least one release');
  const releases = releasesInLogOrder.map(published(publication.ocidPrefix));
  const ocid = releases[0].ocid;
  const byDate = releases
    .map((release, index) => ({ release, index, at: Date.parse(release.date) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ release }) => release);
  const compiledRelease: OcdsRelease = { ...releases[releases.length - 1], id: `${ocid}-compiled`, tag: ['compiled'] };
  return { ...header(publication), records: [{ ocid, releases: byDate, compiledRelease }] };
}
