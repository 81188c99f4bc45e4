import { ApiProperty } from '@nestjs/swagger';
import type { StandstillBoardItem, StandstillBoardReview } from '@kravspar/read-models';
import type { StandstillBoard } from './get-standstill-board.query';

// Shapes for the OpenAPI document only; the answer is the read model's own objects.

class StandstillBoardReviewResponse implements StandstillBoardReview {
  @ApiProperty() readonly caseNo!: string;
  @ApiProperty() readonly court!: string;
  @ApiProperty() readonly filedAt!: string;
  @ApiProperty() readonly decided!: boolean;
}

class StandstillBoardItemResponse implements StandstillBoardItem {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty() readonly buyerUnitId!: string;
  @ApiProperty({ example: '2026-05-04', description: 'Last day of the standstill (P7, P8), a date' })
  readonly standstillLastDay!: string;
  @ApiProperty({ example: '2026-05-05', description: 'The day after the last standstill day' })
  readonly signingAllowedFrom!: string;
  @ApiProperty() readonly underReview!: boolean;
  @ApiProperty() readonly interimOrderInForce!: boolean;
  @ApiProperty({ type: [StandstillBoardReviewResponse] }) readonly reviews!: StandstillBoardReviewResponse[];
}

export class StandstillBoardResponse implements StandstillBoard {
  @ApiProperty({ type: [StandstillBoardItemResponse] }) readonly items!: StandstillBoardItemResponse[];
}
