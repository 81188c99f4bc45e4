import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { DEVIATION_SEVERITIES, MEETING_ROLES, type DeviationSeverity, type MeetingRole } from '@kravspar/domain';
import { IsCalendarDate, IsInstant } from '../command-http/instant';
import { MoneyDto } from '../procurements/initiate-procurement.dto';
import { NestedObject } from '../command-http/nested-object';

// The bodies of the contract follow-up routes (api.md: /follow-ups, /deviations, /rectification-requests,
// /penalties, /terminate, /complete). Rules the decider owns (C1–C3, T1) are not repeated here.

export class FollowUpMeetingDto {
  @IsInstant()
  heldAt!: string;

  @ApiProperty({ enum: MEETING_ROLES, isArray: true, example: ['buyer', 'supplier', 'labour-market'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(MEETING_ROLES, { each: true })
  participants!: MeetingRole[];
}

export class DeviationDto {
  @IsInstant()
  observedAt!: string;

  @ApiProperty({ description: 'A social criterion of the contract' })
  @IsString()
  @Length(1, 200)
  criterionId!: string;

  @ApiProperty({ enum: DEVIATION_SEVERITIES })
  @IsIn(DEVIATION_SEVERITIES)
  severity!: DeviationSeverity;

  @ApiProperty({ example: 'Kvartalsrapporten har inte kommit in' })
  @IsString()
  @Length(1, 2000)
  description!: string;
}

export class RectificationRequestDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  deviationId!: string;

  @IsCalendarDate()
  deadline!: string;
}

export class RectifiedDto {
  @IsCalendarDate()
  date!: string;
}

export class PenaltyDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  deviationId!: string;

  @ApiProperty({ description: "One of the sanctions named in the deviation's criterion (C1)", example: 'vite-per-saknad-plats' })
  @IsString()
  @Length(1, 200)
  sanction!: string;

  @ApiProperty({ type: MoneyDto })
  @NestedObject(() => MoneyDto)
  amount!: MoneyDto;
}

export class WaivePenaltyDto {
  @ApiProperty({ description: 'Kept in the history for auditors' })
  @IsString()
  @Length(1, 2000)
  justification!: string;
}

export class TerminateContractDto {
  @IsCalendarDate()
  date!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class CompleteContractDto {
  @IsCalendarDate()
  date!: string;
}
