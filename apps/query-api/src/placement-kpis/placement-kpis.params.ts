import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** The query string of GET /kpis/placements: both filters optional. */
export class PlacementKpisParams {
  @ApiPropertyOptional({ example: 'waste', description: 'The department (contract owner, buyerUnitId)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly unitId?: string;

  @ApiPropertyOptional({ example: 2026, description: 'The year the contract was signed (Stockholm date)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(9999)
  readonly year?: number;
}
