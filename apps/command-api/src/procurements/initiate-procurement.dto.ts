import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { PROCEDURES, REGIMES, type Procedure, type Regime } from '@kravspar/domain';
import { NestedObject } from '../command-http/nested-object';

export class MoneyDto {
  @ApiProperty({ example: 4000000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  amount!: number;

  @ApiProperty({ example: 'SEK' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as SEK' })
  currency!: string;
}

export class InitiateProcurementDto {
  @ApiProperty({ example: 'Städning av återvinningscentraler' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({ example: 'waste' })
  @IsString()
  @Length(1, 100)
  buyerUnitId!: string;

  @ApiProperty({ enum: PROCEDURES })
  @IsIn(PROCEDURES)
  procedure!: Procedure;

  @ApiProperty({ enum: REGIMES })
  @IsIn(REGIMES)
  regime!: Regime;

  @ApiProperty({ type: MoneyDto })
  @NestedObject(() => MoneyDto)
  estimatedValue!: MoneyDto;

  @ApiPropertyOptional({ example: '90910000-9' })
  @IsOptional()
  @Matches(/^\d{8}(-\d)?$/, { message: 'cpv must be a CPV code such as 90910000-9' })
  cpv?: string;
}
