import { Body, Controller, Get, Inject, NotFoundException, Optional, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { TEST_CLOCK, type TestClock } from '@kravspar/clock';
import { Access } from '@kravspar/http';
import { IsInstant } from '../command-http/instant';

export class SetTestClockDto {
  /** The time every process's clock shows from now on, running on from there. */
  @IsInstant()
  now!: string;
}

/** PUT/GET /test-clock (api.md): only with TEST_CLOCK=enabled, which production refuses at boot. */
@ApiTags('test-clock')
@ApiBearerAuth()
@Controller('test-clock')
export class TestClockEndpoint {
  constructor(@Optional() @Inject(TEST_CLOCK) private readonly clock?: TestClock) {}

  @Put()
  @Access('admin')
  @ApiOkResponse({ description: '`{now}`: the moved time' })
  async set(@Body() body: SetTestClockDto): Promise<{ now: string }> {
    const clock = this.enabledClock();
    await clock.set(new Date(body.now));
    return { now: (await clock.now()).toISOString() };
  }

  @Get()
  @Access('admin')
  @ApiOkResponse({ description: '`{now}`: the time the system sees' })
  async read(): Promise<{ now: string }> {
    return { now: (await this.enabledClock().now()).toISOString() };
  }

  private enabledClock(): TestClock {
    if (!this.clock) throw new NotFoundException('The test clock is disabled (TEST_CLOCK is not enabled)');
    return this.clock;
  }
}
