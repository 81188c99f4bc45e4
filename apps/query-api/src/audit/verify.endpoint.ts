import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { AuditVerifyParams } from './audit-events.params';
import { AuditVerifyResponse } from './audit.responses';
import { VerifyQuery, type AuditVerification } from './verify.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/verify')
export class VerifyEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** Recomputes hashes, chains and checkpoint roots: `{ok, checked, firstBadPosition?, problem?}`. */
  @Get()
  @Access('auditor')
  @ApiOkResponse({ type: AuditVerifyResponse, description: '200 whether or not the log verifies: `ok` says which' })
  @ApiNotFoundResponse({ description: 'Unknown stream' })
  verify(@QueryString() params: AuditVerifyParams): Promise<AuditVerification> {
    return this.queries.execute(new VerifyQuery(params.streamId));
  }
}
