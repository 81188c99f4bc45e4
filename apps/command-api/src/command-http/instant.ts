import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with an offset (api.md §Times), e.g. `2026-03-02T10:00:00+01:00`. */
export function IsInstant(options?: ValidationOptions & { required?: boolean }) {
  return applyDecorators(
    ApiProperty({ type: String, format: 'date-time', example: '2026-03-02T10:00:00+01:00', required: options?.required ?? true }),
    Matches(INSTANT, { message: '$property must be an ISO 8601 instant with an offset, e.g. 2026-03-02T10:00:00+01:00', ...options }),
    ValidateBy({
      name: 'isRealInstant',
      validator: { validate: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)), defaultMessage: () => '$property is not a real point in time' },
    }),
  );
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day in Europe/Stockholm (api.md §Times), e.g. `2026-02-01`. */
export function IsCalendarDate(options?: ValidationOptions) {
  return applyDecorators(
    ApiProperty({ type: String, format: 'date', example: '2026-02-01' }),
    Matches(CALENDAR_DATE, { message: '$property must be a date such as 2026-02-01', ...options }),
    ValidateBy({
      name: 'isRealDate',
      validator: {
        // An impossible value (`2026-13-45`) is an Invalid Date, whose toISOString throws: test it first.
        validate: (value) => {
          const day = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : undefined;
          return day !== undefined && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value as string);
        },
        defaultMessage: () => '$property is not a real calendar date',
      },
    }),
  );
}
