import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { HeaderSink } from '../command-http/command-result';
import { IsCalendarDate, IsInstant } from '../command-http/instant';
import { newIdFor } from '../command-http/new-id';
import { TEAM } from '../procurements/procurement-access';
import { RunProcurementCommand } from '../procurements/procurement-command';
import { NestedObject } from '../command-http/nested-object';

export class ContractPeriodDto {
  @IsCalendarDate()
  start!: string;

  @IsCalendarDate()
  end!: string;
}

export class SignContractDto {
  @ApiProperty()
  @IsUUID()
  procurementId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  bidId!: string;

  @IsInstant()
  signedAt!: string;

  @ApiProperty({ type: ContractPeriodDto })
  @NestedObject(() => ContractPeriodDto)
  period!: ContractPeriodDto;
}

/**
 * Records `ContractSigned` on the procurement stream, so P9 (no signing inside any standstill) and a
 * concurrent review application are decided against one revision. The contract stream is opened shortly
 * after by a workflow; the answer carries the new contract id and the procurement's revision.
 */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class SignContractEndpoint {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Access('procurement-officer', 'buyer')
  @ApiCreatedResponse({ description: '`{id: contractId, procurementId, revision}`' })
  async sign(@Body() body: SignContractDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const contractId = newIdFor(request);
    const data = { contractId, bidId: body.bidId, signedAt: body.signedAt, period: { start: body.period.start, end: body.period.end } };
    const { revision } = await this.commands.execute(new RunProcurementCommand(body.procurementId, { type: 'SignContract', data }, request, TEAM));
    response.setHeader('ETag', `"${revision}"`);
    return { id: contractId, procurementId: body.procurementId, revision };
  }
}
