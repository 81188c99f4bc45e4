import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CLOCK, type Clock } from '@kravspar/clock';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '@kravspar/domain';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { IsInstant } from '../command-http/instant';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand, type ProcurementCommandBody } from './procurement-command';

export class DecideAwardDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  winnerBidIds!: string[];

  @ApiProperty({ example: 'Lägsta pris bland kvalificerade anbud; uppfyller kraven på arbetsträningsplatser' })
  @IsString()
  @Length(1, 8000)
  reasons!: string;

  /** When the decision was taken; the time of registration when absent. */
  @IsOptional()
  @IsInstant({ required: false })
  decidedAt?: string;
}

export class AwardNotificationDto {
  @IsInstant()
  sentAt!: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS, description: 'P7: 10 days of standstill after an electronic notification, 15 otherwise' })
  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;
}

export class AwardNoticeDto {
  @IsInstant()
  publishedNoticeAt!: string;

  @ApiProperty({ example: 'TED 2026/S 101-200300' })
  @IsString()
  @Length(1, 200)
  noticeRef!: string;
}

/** The award decision with its reasons (P6), the notification that starts the standstill (P7), the award notice (P11). */
@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class AwardEndpoints {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/award-decision')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  async decide(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecideAwardDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const decidedAt = body.decidedAt ?? (await this.clock.now()).toISOString();
    return this.run(id, { type: 'DecideAward', data: { winnerBidIds: body.winnerBidIds, reasons: body.reasons, decidedAt } }, request, response);
  }

  @Post(':id/award-notification')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  notify(@Param('id', ParseUUIDPipe) id: string, @Body() body: AwardNotificationDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'SendAwardNotification', data: { sentAt: body.sentAt, channel: body.channel } }, request, response);
  }

  @Post(':id/award-notice')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  notice(@Param('id', ParseUUIDPipe) id: string, @Body() body: AwardNoticeDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'PublishContractAwardNotice', data: { publishedNoticeAt: body.publishedNoticeAt, noticeRef: body.noticeRef } }, request, response);
  }

  private run(id: string, command: ProcurementCommandBody, request: CommandRequest, response: HeaderSink): Promise<CommandResult> {
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, TEAM));
  }
}
