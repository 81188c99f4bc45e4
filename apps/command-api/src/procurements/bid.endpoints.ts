import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiPropertyOptional, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { newIdFor } from '../command-http/new-id';
import { MoneyDto } from './initiate-procurement.dto';
import { answerProcurementCommand, RunProcurementCommand } from './procurement-command';
import { NestedObject } from '../command-http/nested-object';

export class SubmitBidDto {
  @ApiProperty({ type: MoneyDto })
  @NestedObject(() => MoneyDto)
  price!: MoneyDto;

  @ApiPropertyOptional({ example: 'Tre arbetsträningsplatser från kontraktsstart' })
  @IsOptional()
  @IsString()
  @Length(1, 8000)
  socialOffer?: string;
}

/** A supplier's bid, stamped by the system clock (no time in the body), and its withdrawal (P4). */
@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class BidEndpoints {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/bids')
  @HttpCode(201)
  @Access('supplier')
  @ApiCreatedResponse({ description: '`{id, revision, bidId}`' })
  async submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SubmitBidDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    const bidId = newIdFor(request);
    const data = {
      bidId,
      supplierId: request.actor.supplierId ?? '',
      price: { amount: body.price.amount, currency: body.price.currency },
      ...(body.socialOffer === undefined ? {} : { socialOffer: body.socialOffer }),
    };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, { type: 'ReceiveBid', data }, request, { kind: 'supplier' }), { bidId });
  }

  @Post(':id/bids/:bidId/withdraw')
  @HttpCode(200)
  @Access('supplier')
  @ApiOkResponse({ description: '`{id, revision}`' })
  async withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('bidId') bidId: string,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    const data = { bidId, supplierId: request.actor.supplierId ?? '' };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, { type: 'WithdrawBid', data }, request, { kind: 'bidder', bidId }));
  }
}
