// Loop phases and run modes, timers, idle/prepare/check, ref/unref,
// closing and uv_loop_close, uv_walk and uv_print_*_handles.
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <uv.h>

#include "harness.h"
#include "uvtest.h"

static char trace[256];

static void mark(const char *s) {
  strncat(trace, s, sizeof(trace) - strlen(trace) - 1);
}

static uv_timer_t ph_timer;
static uv_idle_t ph_idle;
static uv_prepare_t ph_prepare;
static uv_check_t ph_check;

static void on_close_mark(uv_handle_t *h) {
  mark(h->data);
}
static void ph_timer_cb(uv_timer_t *t) {
  mark("T");
}
static void ph_idle_cb(uv_idle_t *h) {
  mark("I");
}
static void ph_prepare_cb(uv_prepare_t *h) {
  mark("P");
}
static void ph_check_cb(uv_check_t *h) {
  mark("C");
  if (strlen(trace) < 7)
    return;  // two iterations, then close everything
  uv_close((uv_handle_t *)&ph_timer, on_close_mark);
  uv_close((uv_handle_t *)&ph_idle, on_close_mark);
  uv_close((uv_handle_t *)&ph_prepare, on_close_mark);
  uv_close((uv_handle_t *)&ph_check, on_close_mark);
  mark("|");
}

TEST(phase_order) {
  uv_loop_t loop;
  trace[0] = '\0';
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_timer_init(&loop, &ph_timer), 0);
  ASSERT_EQ(uv_idle_init(&loop, &ph_idle), 0);
  ASSERT_EQ(uv_prepare_init(&loop, &ph_prepare), 0);
  ASSERT_EQ(uv_check_init(&loop, &ph_check), 0);
  ph_timer.data = "t";
  ph_idle.data = "i";
  ph_prepare.data = "p";
  ph_check.data = "c";
  ASSERT_EQ(uv_check_start(&ph_check, ph_check_cb), 0);
  ASSERT_EQ(uv_prepare_start(&ph_prepare, ph_prepare_cb), 0);
  ASSERT_EQ(uv_idle_start(&ph_idle, ph_idle_cb), 0);
  ASSERT_EQ(uv_timer_start(&ph_timer, ph_timer_cb, 0, 0), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  // Timers, idle, prepare, (poll), check; close callbacks last, most
  // recently closed first.
  ASSERT_STREQ(trace, "TIPCIPC|cpit");
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static void idle_once(uv_idle_t *h) {
  mark(h->data);
  uv_idle_stop(h);
}

TEST(start_order_newest_first) {
  uv_loop_t loop;
  uv_idle_t i[3];
  static const char *names[] = {"0", "1", "2"};
  trace[0] = '\0';
  ASSERT_EQ(uv_loop_init(&loop), 0);
  for (int k = 0; k < 3; ++k) {
    ASSERT_EQ(uv_idle_init(&loop, &i[k]), 0);
    i[k].data = (void *)names[k];
    ASSERT_EQ(uv_idle_start(&i[k], idle_once), 0);
  }
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_STREQ(trace, "210");
  for (int k = 0; k < 3; ++k)
    uv_close((uv_handle_t *)&i[k], NULL);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static int idle_count;
static void count_idle(uv_idle_t *h) {
  ++idle_count;
}
static void never_cb(uv_timer_t *t) {
  mark("never");
}

TEST(run_modes) {
  uv_loop_t loop;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  // Nothing to do: every mode returns 0 at once.
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_ONCE), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_NOWAIT), 0);
  ASSERT_FALSE(uv_loop_alive(&loop));

  uv_timer_t timer;
  trace[0] = '\0';
  ASSERT_EQ(uv_timer_init(&loop, &timer), 0);
  ASSERT_EQ(uv_timer_start(&timer, never_cb, 10000, 0), 0);
  ASSERT_TRUE(uv_loop_alive(&loop));
  uint64_t t0 = uv_hrtime();
  ASSERT_EQ(uv_run(&loop, UV_RUN_NOWAIT), 1);  // does not block
  ASSERT_TRUE(uv_hrtime() - t0 < 1000000000u);
  ASSERT_STREQ(trace, "");
  int bt = uv_backend_timeout(&loop);
  ASSERT_TRUE(bt > 9000 && bt <= 10000);

  uv_idle_t idle;
  idle_count = 0;
  ASSERT_EQ(uv_idle_init(&loop, &idle), 0);
  ASSERT_EQ(uv_idle_start(&idle, count_idle), 0);
  ASSERT_EQ(uv_backend_timeout(&loop), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_ONCE), 1);  // idle handles make it not block
  ASSERT_EQ(idle_count, 1);
  ASSERT_EQ(uv_run(&loop, UV_RUN_NOWAIT), 1);
  ASSERT_EQ(idle_count, 2);

  // An unreferenced handle does not keep the loop alive.
  ASSERT_EQ(uv_idle_stop(&idle), 0);
  uv_unref((uv_handle_t *)&timer);
  ASSERT_FALSE(uv_has_ref((uv_handle_t *)&timer));
  ASSERT_TRUE(uv_is_active((uv_handle_t *)&timer));
  ASSERT_FALSE(uv_loop_alive(&loop));
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  uv_ref((uv_handle_t *)&timer);
  ASSERT_TRUE(uv_has_ref((uv_handle_t *)&timer));
  ASSERT_TRUE(uv_loop_alive(&loop));

  // Open handles: uv_loop_close refuses, also while closing.
  ASSERT_EQ(uv_loop_close(&loop), UV_EBUSY);
  uv_close((uv_handle_t *)&timer, NULL);
  uv_close((uv_handle_t *)&idle, NULL);
  ASSERT_TRUE(uv_is_closing((uv_handle_t *)&timer));
  ASSERT_FALSE(uv_is_active((uv_handle_t *)&timer));
  ASSERT_EQ(uv_loop_close(&loop), UV_EBUSY);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_STREQ(trace, "");
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static void stop_cb(uv_timer_t *t) {
  mark("S");
  uv_stop(t->loop);
}

TEST(stop) {
  uv_loop_t loop;
  uv_timer_t stopper, idle_timer;
  trace[0] = '\0';
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_timer_init(&loop, &stopper), 0);
  ASSERT_EQ(uv_timer_init(&loop, &idle_timer), 0);
  ASSERT_EQ(uv_timer_start(&stopper, stop_cb, 1, 1), 0);
  ASSERT_EQ(uv_timer_start(&idle_timer, never_cb, 60000, 0), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 1);  // stopped, still alive
  ASSERT_STREQ(trace, "S");
  ASSERT_EQ(loop.stop_flag, 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 1);
  ASSERT_STREQ(trace, "SS");
  uv_close((uv_handle_t *)&stopper, NULL);
  uv_close((uv_handle_t *)&idle_timer, NULL);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static void name_cb(uv_timer_t *t) {
  mark(t->data);
}

TEST(timer_order) {
  uv_loop_t loop;
  uv_timer_t t[5];
  static const char *names[] = {"a", "b", "c", "d", "e"};
  static const uint64_t due[] = {30, 10, 20, 10, 0};
  trace[0] = '\0';
  ASSERT_EQ(uv_loop_init(&loop), 0);
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(uv_timer_init(&loop, &t[i]), 0);
    t[i].data = (void *)names[i];
    ASSERT_EQ(uv_timer_start(&t[i], name_cb, due[i], 0), 0);
  }
  uint64_t start = uv_now(&loop);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  // By expiry; equal expiries in start order.
  ASSERT_STREQ(trace, "ebdca");
  ASSERT_TRUE(uv_now(&loop) - start >= 30);
  for (int i = 0; i < 5; ++i)
    uv_close((uv_handle_t *)&t[i], NULL);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static int repeats;
static uint64_t repeat_times[4];
static void repeat_cb(uv_timer_t *t) {
  repeat_times[repeats++] = uv_now(t->loop);
  if (repeats == 3)
    ASSERT_EQ(uv_timer_stop(t), 0);  // stop inside its callback
}

static uv_timer_t victim;
static void killer_cb(uv_timer_t *t) {
  mark("K");
  uv_timer_stop(&victim);
}

TEST(timer_repeat_again_stop) {
  uv_loop_t loop;
  uv_timer_t t;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_timer_init(&loop, &t), 0);
  ASSERT_EQ(uv_timer_again(&t), UV_EINVAL);  // never started
  ASSERT_EQ(uv_timer_start(&t, NULL, 1, 0), UV_EINVAL);
  repeats = 0;
  ASSERT_EQ(uv_timer_start(&t, repeat_cb, 5, 10), 0);
  ASSERT_EQ(uv_timer_get_repeat(&t), 10);
  uint64_t start = uv_now(&loop);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(repeats, 3);
  ASSERT_TRUE(repeat_times[0] - start >= 5);
  ASSERT_TRUE(repeat_times[1] - repeat_times[0] >= 10);
  ASSERT_TRUE(repeat_times[2] - repeat_times[1] >= 10);
  ASSERT_FALSE(uv_is_active((uv_handle_t *)&t));

  // uv_timer_again restarts with the repeat interval.
  uv_timer_set_repeat(&t, 3);
  repeats = 0;
  ASSERT_EQ(uv_timer_again(&t), 0);
  ASSERT_TRUE(uv_is_active((uv_handle_t *)&t));
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(repeats, 3);
  // Without a repeat interval uv_timer_again does nothing.
  uv_timer_set_repeat(&t, 0);
  ASSERT_EQ(uv_timer_again(&t), 0);
  ASSERT_FALSE(uv_is_active((uv_handle_t *)&t));

  // A timer stopped by another timer's callback never runs.
  uv_timer_t killer;
  trace[0] = '\0';
  ASSERT_EQ(uv_timer_init(&loop, &killer), 0);
  ASSERT_EQ(uv_timer_init(&loop, &victim), 0);
  ASSERT_EQ(uv_timer_start(&killer, killer_cb, 5, 0), 0);
  ASSERT_EQ(uv_timer_start(&victim, never_cb, 20, 0), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_STREQ(trace, "K");
  uv_close((uv_handle_t *)&t, NULL);
  uv_close((uv_handle_t *)&killer, NULL);
  uv_close((uv_handle_t *)&victim, NULL);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

TEST(time) {
  uv_loop_t loop;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  uint64_t n0 = uv_now(&loop), h0 = uv_hrtime();
  sleep_ms(20);
  ASSERT_EQ(uv_now(&loop), n0);  // cached until updated
  uv_update_time(&loop);
  ASSERT_TRUE(uv_now(&loop) - n0 >= 20);
  ASSERT_TRUE(uv_hrtime() - h0 >= 20000000u);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static int walked;
static void walk_cb(uv_handle_t *h, void *arg) {
  ++walked;
  if (h->type == UV_IDLE)
    uv_close(h, arg);
}
static void closed_cb(uv_handle_t *h) {
  mark("x");
}

TEST(walk_and_print) {
  uv_loop_t loop;
  uv_timer_t timer;
  uv_idle_t idle;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_loop_size(), sizeof(uv_loop_t));
  ASSERT_EQ(uv_timer_init(&loop, &timer), 0);
  ASSERT_EQ(uv_idle_init(&loop, &idle), 0);
  ASSERT_EQ(uv_timer_start(&timer, never_cb, 100000, 0), 0);
  uv_unref((uv_handle_t *)&timer);

  char buf[256];
  memset(buf, 0, sizeof(buf));
  FILE *f = fmemopen(buf, sizeof(buf), "w");
  ASSERT_TRUE(f != NULL);
  uv_print_all_handles(&loop, f);
  fflush(f);
  char expect[256];
  snprintf(expect, sizeof(expect), "[-A-] %-8s %p\n[R--] %-8s %p\n", "timer",
           (void *)&timer, "idle", (void *)&idle);
  ASSERT_STREQ(buf, expect);
  rewind(f);
  memset(buf, 0, sizeof(buf));
  uv_print_active_handles(&loop, f);
  fclose(f);
  snprintf(expect, sizeof(expect), "[-A-] %-8s %p\n", "timer", (void *)&timer);
  ASSERT_STREQ(buf, expect);

  walked = 0;
  trace[0] = '\0';
  uv_walk(&loop, walk_cb, closed_cb);
  ASSERT_EQ(walked, 2);
  ASSERT_TRUE(uv_is_closing((uv_handle_t *)&idle));
  uv_close((uv_handle_t *)&timer, closed_cb);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_STREQ(trace, "xx");
  walked = 0;
  uv_walk(&loop, walk_cb, NULL);
  ASSERT_EQ(walked, 0);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

TEST(sizes) {
  ASSERT_EQ(uv_handle_size(UV_TIMER), sizeof(uv_timer_t));
  ASSERT_EQ(uv_handle_size(UV_NAMED_PIPE), sizeof(uv_pipe_t));
  ASSERT_EQ(uv_handle_size(UV_UDP), sizeof(uv_udp_t));
  ASSERT_EQ(uv_handle_size(UV_FILE), (size_t)-1);
  ASSERT_EQ(uv_req_size(UV_FS), sizeof(uv_fs_t));
  ASSERT_EQ(uv_req_size(UV_WRITE), sizeof(uv_write_t));
  ASSERT_EQ(uv_req_size(UV_GETNAMEINFO), sizeof(uv_getnameinfo_t));
  ASSERT_EQ(uv_req_size(UV_UNKNOWN_REQ), (size_t)-1);
  // libuv's public members come first, in libuv's order.
  ASSERT_EQ(offsetof(uv_handle_t, data), 0);
  ASSERT_EQ(offsetof(uv_timer_t, loop), offsetof(uv_handle_t, loop));
  ASSERT_EQ(offsetof(uv_pipe_t, read_cb), offsetof(uv_stream_t, read_cb));
  ASSERT_EQ(offsetof(uv_loop_t, data), 0);
}
