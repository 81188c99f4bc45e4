import { applyDecorators, Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import {
  commitmentDecider, commitmentStreamId, contractDecider, contractStreamId, registrationOf, type CommitmentState, type SubmitSupplierReport,
} from '@kravspar/domain';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult, type HeaderSink } from '../command-http/command-result';
import { StreamWriter } from '../command-http/stream-writer';
import { ContractPeriodDto } from '../contracts/sign-contract.endpoint';
import { assertCommitmentAccess } from './commitment-access';
import { NestedObject } from '../command-http/nested-object';

const Count = () => applyDecorators(ApiProperty({ minimum: 0, example: 1 }), IsInt(), Min(0), Max(1_000_000));

/** S8: counts only. Unknown fields (a name, a comment) are refused with 400 before the decider sees them. */
export class ReportCountsDto {
  @Count() offered!: number;
  @Count() started!: number;
  @Count() ongoing!: number;
  @Count() completed!: number;
}

export class SupplierReportDto {
  @ApiProperty({ type: ContractPeriodDto, description: 'A reporting period of the schedule, counted from the contract start' })
  @NestedObject(() => ContractPeriodDto)
  period!: ContractPeriodDto;

  @ApiProperty({ type: ReportCountsDto })
  @NestedObject(() => ReportCountsDto)
  counts!: ReportCountsDto;
}

@ApiTags('commitments')
@ApiBearerAuth()
@Controller('commitments')
export class SupplierReportEndpoint {
  constructor(private readonly writer: StreamWriter) {}

  /**
   * The contract's supplier reports a period (S8). The contract's end is read from its stream (the last
   * period ends with it); another supplier's commitment answers 404.
   */
  @Post(':id/reports')
  @HttpCode(200)
  @Access('supplier')
  @ApiOkResponse({ description: '`{id, revision}`: `SupplierReportSubmitted`' })
  async report(@Param('id', ParseUUIDPipe) id: string, @Body() body: SupplierReportDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResult> {
    const commitment = await this.writer.stateOf(commitmentStreamId(id), commitmentDecider);
    assertCommitmentAccess(commitment, request.actor, id);
    const contractId = commitment.status === 'Absent' ? '' : commitment.contractId;
    const contract = registrationOf(await this.writer.stateOf(contractStreamId(contractId), contractDecider));
    const { offered, started, ongoing, completed } = body.counts;
    const data: SubmitSupplierReport['data'] = {
      supplierId: request.actor.supplierId ?? '',
      period: { start: body.period.start, end: body.period.end },
      counts: { offered, started, ongoing, completed },
      contractEnd: contract?.period.end ?? '',
    };
    const { revision } = await this.writer.execute(
      commitmentStreamId(id),
      commitmentDecider,
      request,
      (metadata): SubmitSupplierReport => ({ type: 'SubmitSupplierReport', data, metadata }),
      (state: CommitmentState) => assertCommitmentAccess(state, request.actor, id),
    );
    return withETag(response, { id, revision });
  }
}
