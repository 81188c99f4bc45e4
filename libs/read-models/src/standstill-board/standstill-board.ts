import { addDays, type Instant } from '@kravspar/domain';
import type { ProcurementDocument } from '../procurement';

/** One review as the board shows it: enough to see what holds the standstill open. */
export interface StandstillBoardReview {
  readonly caseNo: string;
  readonly court: string;
  readonly filedAt: Instant;
  readonly decided: boolean;
}

/** One row of GET /standstill-board (domain.md §4): a procurement whose award waits out its standstill. */
export interface StandstillBoardItem {
  readonly id: string;
  readonly title: string;
  readonly buyerUnitId: string;
  readonly standstillLastDay: string;
  /** P7: the contract may be signed from the day after the last standstill day. */
  readonly signingAllowedFrom: string;
  readonly underReview: boolean;
  readonly interimOrderInForce: boolean;
  readonly reviews: readonly StandstillBoardReview[];
}

/**
 * In standstill: notified and not yet ready to contract, concluded or cancelled. A direct award has no
 * standstill and never appears; a court that sends the award back takes it off until the next notification.
 */
export function isOnStandstillBoard(document: ProcurementDocument): boolean {
  return document.status === 'Standstill' && document.standstillLastDay !== null;
}

/** The board row of a procurement in standstill; undefined for one that is not. */
export function toStandstillBoardItem(document: ProcurementDocument): StandstillBoardItem | undefined {
  if (!isOnStandstillBoard(document) || document.standstillLastDay === null) return undefined;
  const { id, title, buyerUnitId, standstillLastDay, underReview, reviews } = document;
  return {
    id,
    title,
    buyerUnitId,
    standstillLastDay,
    signingAllowedFrom: addDays(standstillLastDay, 1),
    underReview,
    interimOrderInForce: reviews.some((review) => review.interimOrderInForce),
    reviews: reviews.map(({ caseNo, court, filedAt, decision }) => ({ caseNo, court, filedAt, decided: decision !== undefined })),
  };
}
