/** The standstill board (domain.md §4): procurements in standstill, served from the procurement documents. */
export {
  isOnStandstillBoard,
  toStandstillBoardItem,
  type StandstillBoardItem,
  type StandstillBoardReview,
} from './standstill-board';
