import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import {
  INSTRUMENTS, PLACEMENT_TYPES, REPORTING_SCHEDULES, type Instrument, type PlacementType, type ReportingSchedule,
} from '@kravspar/domain';

/** domain.md §2 "Social criterion fields"; the placement fields are required together (P1). */
export class AddSocialCriterionDto {
  @ApiProperty({ enum: INSTRUMENTS })
  @IsIn(INSTRUMENTS)
  instrument!: Instrument;

  @ApiPropertyOptional({ example: '11554', description: 'UHM criterion id' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  uhmCriterionId?: string;

  @ApiPropertyOptional({ example: 'Tre arbetsträningsplatser för personer långt från arbetsmarknaden' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;

  @ApiPropertyOptional({ enum: PLACEMENT_TYPES })
  @IsOptional()
  @IsIn(PLACEMENT_TYPES)
  placementType?: PlacementType;

  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  unitsRequired?: number;

  @ApiPropertyOptional({ example: 6 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minMonths?: number;

  @ApiPropertyOptional({ example: 180 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  firstPlacementDueDays?: number;

  @ApiPropertyOptional({ enum: REPORTING_SCHEDULES })
  @IsOptional()
  @IsIn(REPORTING_SCHEDULES)
  reportingSchedule?: ReportingSchedule;

  @ApiPropertyOptional({ type: [String], example: ['vite-per-saknad-plats'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  sanctions?: string[];

  @ApiPropertyOptional({ example: 'far-from-labour-market' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  targetGroupCode?: string;

  @ApiPropertyOptional({ example: 'arbetsliv-och-etablering' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  matchingUnitId?: string;
}
