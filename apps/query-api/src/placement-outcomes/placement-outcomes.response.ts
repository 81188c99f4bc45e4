import { ApiProperty } from '@nestjs/swagger';
import { INTERRUPTION_REASONS, PLACEMENT_OUTCOMES } from '@kravspar/domain';

// Shapes for the OpenAPI document only; the answer is built by `outcomeStatistics`.

const HIDDEN = 'null when suppressed';

class CountCellResponse {
  @ApiProperty({ type: Number, nullable: true, description: HIDDEN }) readonly count!: number | null;
  @ApiProperty({ description: 'True when the count is hidden: it is small, or would let a small one be worked out' }) readonly suppressed!: boolean;
}

class CompletionCellResponse extends CountCellResponse {
  @ApiProperty({ type: Number, nullable: true, description: `Months served, summed; ${HIDDEN}` }) readonly monthsServed!: number | null;
}

class OutcomeCellResponse extends CompletionCellResponse {
  @ApiProperty({ enum: PLACEMENT_OUTCOMES }) readonly code!: string;
}

class ReasonCellResponse extends CountCellResponse {
  @ApiProperty({ enum: INTERRUPTION_REASONS }) readonly code!: string;
}

class CompletionsResponse {
  @ApiProperty({ type: CompletionCellResponse }) readonly total!: CompletionCellResponse;
  @ApiProperty({ type: [OutcomeCellResponse], description: 'Every outcome code, in the order of the code list' }) readonly byOutcome!: OutcomeCellResponse[];
}

class InterruptionsResponse {
  @ApiProperty({ type: CountCellResponse }) readonly total!: CountCellResponse;
  @ApiProperty({ type: [ReasonCellResponse], description: 'Every reason code, in the order of the code list' }) readonly byReason!: ReasonCellResponse[];
}

class OutcomeStatisticsItemResponse {
  @ApiProperty({ description: 'The department (contract owner)' }) readonly unitId!: string;
  @ApiProperty({ description: 'The year of signing' }) readonly year!: number;
  @ApiProperty({ type: CompletionsResponse }) readonly completions!: CompletionsResponse;
  @ApiProperty({ type: InterruptionsResponse }) readonly interruptions!: InterruptionsResponse;
}

class SuppressionResponse {
  @ApiProperty({ description: 'False for the labour-market unit, which sees exact counts' }) readonly applied!: boolean;
  @ApiProperty({
    example: 5,
    description: 'Counts from 1 to threshold − 1 are hidden; a breakdown with such a count also hides its zeros and its smallest larger count',
  })
  readonly threshold!: number;
}

export class PlacementOutcomesResponse {
  @ApiProperty({ type: [OutcomeStatisticsItemResponse], description: 'Departments and years with an ended placement, sorted by unit, then year' })
  readonly items!: OutcomeStatisticsItemResponse[];
  @ApiProperty({ type: SuppressionResponse }) readonly suppression!: SuppressionResponse;
}
