import type { Clock } from '@kravspar/clock';
import type { KravsparSettings } from '@kravspar/config';
import type { OcdsPublication } from '@kravspar/read-models';

/**
 * The publishing metadata of a package served on demand: its URI is the request's, its date the recorded
 * time of the latest release it draws on (OCDS: "the date of the last change to the underlying contents"),
 * or now when there is none.
 */
export async function publicationOf(settings: KravsparSettings, clock: Clock, uri: string, latestRecordedAt: string | undefined): Promise<OcdsPublication> {
  return {
    uri,
    publisherName: settings.OCDS_PUBLISHER_NAME,
    ocidPrefix: settings.OCDS_OCID_PREFIX,
    publishedDate: latestRecordedAt ?? (await clock.now()).toISOString(),
  };
}
