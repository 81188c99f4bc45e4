import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '@kravspar/postgres';
import { Public } from '../access/access.decorators';

/** GET /health: 200 when the app and its database answer, 503 (problem+json, Retry-After) otherwise. */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Optional() @Inject(DATABASE_POOL) private readonly pool?: Pool,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    const pool = this.pool;
    return this.health.check(
      pool
        ? [() => this.indicators.check('database').attempt(async () => void (await pool.query('SELECT 1'))).withTimeout(2000)]
        : [],
    );
  }
}
