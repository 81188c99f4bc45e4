/** What the OCDS endpoints read of the request to name a package (Express). */
export interface UriRequest {
  readonly protocol: string;
  readonly originalUrl: string;
  get(header: string): string | undefined;
}

/** The request's own URL: an on-demand package's `uri` is where it was served. */
export function requestUri(request: UriRequest): string {
  return new URL(request.originalUrl, `${request.protocol}://${request.get('host') ?? 'localhost'}`).toString();
}
