/**
 * The id in a `<category>-<id>` stream id (domain.md §1). Read models key their rows by it rather than by a
 * field of the first event, so that every event of the stream finds its row.
 */
export function idInStream(category: string, streamId: string): string {
  const prefix = `${category}-`;
  if (!streamId.startsWith(prefix)) throw new Error(`not a ${category} stream: ${streamId}`);
  return streamId.slice(prefix.length);
}
