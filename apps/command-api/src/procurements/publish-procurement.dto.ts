import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { IsInstant } from '../command-http/instant';

export class PublishProcurementDto {
  /** When the notice was published (may be in the past; never in the future: T1). */
  @IsInstant()
  publishedAt!: string;

  @IsInstant()
  tenderDeadline!: string;

  @IsOptional()
  @IsInstant({ required: false })
  questionsDeadline?: string;

  @ApiProperty({ description: 'Tenders are submitted electronically (30 days instead of 35 under P2)' })
  @IsBoolean()
  electronicTenders!: boolean;

  @ApiPropertyOptional({ example: 'TED 2026/S 045-123456' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  noticeRef?: string;
}
