import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { CandidateErasure } from './candidate-erasure';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('candidates')
export class EraseCandidateEndpoint {
  constructor(private readonly erasure: CandidateErasure) {}

  /**
   * Erases a candidate (R3, crypto-shredding): the PII vault destroys the candidate's key, then each of its
   * referrals records `CandidateDataErased`. A repeat answers 204 again and completes an erasure that stopped
   * half-way. `If-Match` does not apply: the erasure may reach several streams.
   */
  @Delete(':candidateRef')
  @HttpCode(204)
  @Access('labour-market')
  @ApiNoContentResponse({ description: 'Erased now or before' })
  @ApiNotFoundResponse({ description: 'The vault never stored this reference' })
  async erase(@Param('candidateRef') candidateRef: string, @CommandRequestOf() request: CommandRequest): Promise<void> {
    await this.erasure.erase(candidateRef, request);
  }
}
