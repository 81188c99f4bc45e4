export * from './decider';
export * from './messages';
export * from './domain-error';
export * from './rules';
export * from './time';
