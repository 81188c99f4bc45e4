import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { INSTRUMENTS } from '@kravspar/domain';
import { Access } from '@kravspar/http';
import type { CoverageItem } from '@kravspar/read-models';
import { INTERNAL_ROLES } from '../follow-up-visibility';
import { GetSocialCriteriaCoverageQuery, type SocialCriteriaCoverage } from './social-criteria-coverage.query';

export class CoverageParams {
  @ApiPropertyOptional({ example: 2026, description: 'The year of publication (Stockholm); all years when absent' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(9999)
  readonly year?: number;
}

/** Per instrument: procurements with a criterion of it, and their share of all the unit's that year. */
const INSTRUMENT_SHARE = { type: 'object', properties: { procurements: { type: 'integer' }, share: { type: 'number' } } } as const;

class CoverageItemResponse implements Omit<CoverageItem, 'byInstrument'> {
  @ApiProperty({ description: 'The department (buyerUnitId)' }) readonly unitId!: string;
  @ApiProperty({ description: 'The year of publication' }) readonly year!: number;
  @ApiProperty({ description: 'Procurements published' }) readonly procurements!: number;
  @ApiProperty({ description: 'With at least one social criterion' }) readonly withSocialCriteria!: number;
  @ApiProperty({ example: 0.5 }) readonly shareWithSocialCriteria!: number;
  @ApiProperty({ type: 'object', description: `Keyed by instrument: ${INSTRUMENTS.join(', ')}`, additionalProperties: INSTRUMENT_SHARE })
  readonly byInstrument!: Record<string, { procurements: number; share: number }>;
  @ApiProperty({ description: 'With social criteria and a signed contract' }) readonly contracted!: number;
  @ApiProperty({ description: 'Of those, contracts with a supplier report received or a follow-up meeting held' }) readonly followedUp!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'followedUp / contracted; null while none was contracted' })
  readonly shareFollowedUp!: number | null;
}

class SocialCriteriaCoverageResponse implements SocialCriteriaCoverage {
  @ApiProperty({ type: [CoverageItemResponse], description: 'Sorted by unit, then year' }) readonly items!: CoverageItem[];
}

@ApiTags('kpis')
@ApiBearerAuth()
@Controller('kpis')
export class GetSocialCriteriaCoverageEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** Social-criteria coverage (domain.md §4); counts only, so every internal role sees every department's. */
  @Get('social-criteria-coverage')
  @Access(...INTERNAL_ROLES)
  @ApiOkResponse({ type: SocialCriteriaCoverageResponse })
  @ApiForbiddenResponse({ description: 'Suppliers and admin' })
  coverage(@Query() params: CoverageParams): Promise<SocialCriteriaCoverage> {
    return this.queries.execute(new GetSocialCriteriaCoverageQuery(params.year));
  }
}
