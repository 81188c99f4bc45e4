type Project<D, E> = (document: D | undefined, event: E) => D | undefined;

/**
 * Given/when/then for projections (quality.md §Tests): given the events already applied, when one more
 * event arrives, then this document, the same document unchanged, or a document matching a shape.
 *
 * ```ts
 * const spec = ProjectionSpec.for(projectProcurement);
 * spec.given([initiated]).when(published).thenMatches({ status: 'Published', revision: 1 });
 * spec.given([initiated, published]).when(published).thenUnchanged();
 * ```
 *
 * Finish every chain: as with DeciderSpec, `then` makes the `when(...)` object look like a promise.
 */
export class ProjectionSpec<D, E> {
  private constructor(private readonly project: Project<D, E>) {}

  static for<D, E>(project: Project<D, E>): ProjectionSpec<D, E> {
    return new ProjectionSpec(project);
  }

  given(events: readonly E[]): ProjectionGiven<D, E> {
    return new ProjectionGiven(this.project, events);
  }
}

export class ProjectionGiven<D, E> {
  constructor(
    private readonly project: Project<D, E>,
    private readonly history: readonly E[],
  ) {}

  /** The document the history projects to. */
  get document(): D | undefined {
    return this.history.reduce<D | undefined>((document, event) => this.project(document, event), undefined);
  }

  when(event: E): ProjectionWhen<D, E> {
    return new ProjectionWhen(this.project, this.document, event);
  }
}

export class ProjectionWhen<D, E> {
  constructor(
    private readonly project: Project<D, E>,
    private readonly before: D | undefined,
    private readonly event: E,
  ) {}

  /** The event leads to exactly this document (compared with `toEqual`). Returns it. */
  then(expected: D | undefined): D | undefined {
    if (typeof expected === 'function') {
      throw new Error('ProjectionSpec: finish the chain with then(document), thenMatches(shape) or thenUnchanged().');
    }
    const after = this.project(this.before, this.event);
    expect(after).toEqual(expected);
    return after;
  }

  /** The event leads to a document with at least these fields (`toMatchObject`). Returns it. */
  thenMatches(shape: Partial<Record<keyof D, unknown>>): D {
    const after = this.project(this.before, this.event);
    expect(after).toBeDefined();
    expect(after).toMatchObject(shape);
    return after as D;
  }

  /** The event changes nothing: the very same document comes back (or still none). */
  thenUnchanged(): void {
    expect(this.project(this.before, this.event)).toBe(this.before);
  }
}
