/** The outcome statistics of ended placements (domain.md §4): completions by outcome, months served, interruptions by reason. */
export {
  outcomeCommitmentOf,
  placementOutcomeOf,
  type OutcomeCommitment,
  type PlacementEnding,
  type PlacementOutcomeRow,
} from './placement-outcome';
export {
  hiddenCells,
  outcomeStatistics,
  SMALL_CELL_THRESHOLD,
  type Coded,
  type CompletionCell,
  type CountCell,
  type OutcomeGroup,
  type OutcomeStatisticsItem,
} from './outcome-statistics';
