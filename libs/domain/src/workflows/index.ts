/** Process managers (domain.md §6): pure functions from an event to what must happen next. */
export * from './standstill-timer';
