import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import type { CandidateIdentity } from '@kravspar/pii-vault';
import { NestedObject } from '../command-http/nested-object';

export class CandidateContactDto {
  @ApiPropertyOptional() @IsOptional() @IsEmail() email?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[+0-9 ()-]{5,30}$/, { message: 'phone must be a phone number' }) phone?: string;
}

export class CandidateDto {
  @ApiProperty({ description: 'Stored only in the PII vault, encrypted under a key of its own' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ description: 'Swedish personal identity number, YYYYMMDD-NNNN' })
  @IsOptional()
  @Matches(/^\d{8}-?\d{4}$/, { message: 'personalNumber must look like YYYYMMDD-NNNN' })
  personalNumber?: string;

  @ApiPropertyOptional({ type: CandidateContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidateContactDto)
  contact?: CandidateContactDto;
}

export class CreateReferralDto {
  @ApiProperty({ example: 'far-from-labour-market' })
  @IsString()
  @Length(1, 100)
  targetGroupCode!: string;

  @ApiProperty({ type: CandidateDto })
  @NestedObject(() => CandidateDto)
  candidate!: CandidateDto;

  /** The identity as the vault stores it: only the given fields. */
  candidateIdentity(): CandidateIdentity {
    const { name, personalNumber, contact } = this.candidate;
    const contactGiven = contact && (contact.email || contact.phone) ? { contact: { ...(contact.email ? { email: contact.email } : {}), ...(contact.phone ? { phone: contact.phone } : {}) } } : {};
    return { name, ...(personalNumber ? { personalNumber } : {}), ...contactGiven };
  }
}
