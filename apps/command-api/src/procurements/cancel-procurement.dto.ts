import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { CANCELLATION_REASONS, type CancellationReason } from '@kravspar/domain';
import { IsInstant } from '../command-http/instant';

export class CancelProcurementDto {
  @ApiProperty({ enum: CANCELLATION_REASONS })
  @IsIn(CANCELLATION_REASONS)
  reasonCategory!: CancellationReason;

  @ApiProperty({ example: 'Inga anbud inkom' })
  @IsString()
  @Length(1, 4000)
  justification!: string;

  @IsInstant()
  cancelledAt!: string;
}
