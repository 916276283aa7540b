package dev.odgen.samples.app.actions;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A span of time on the appointment book, start included, end excluded. */
record TimeBlock(LocalDateTime start, LocalDateTime end) {
  TimeBlock {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a time block ends before it starts: " + start + " to " + end);
    }
  }

  long minutes() {
    return Duration.between(start, end).toMinutes();
  }

  boolean overlaps(TimeBlock other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** The blocks merged where they overlap or touch, in time order. */
  static List<TimeBlock> union(List<TimeBlock> blocks) {
    List<TimeBlock> sorted = new ArrayList<>(blocks);
    sorted.sort(Comparator.comparing(TimeBlock::start));
    List<TimeBlock> merged = new ArrayList<>();
    for (TimeBlock block : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && !block.start.isAfter(merged.get(last).end)) {
        TimeBlock previous = merged.get(last);
        merged.set(last, new TimeBlock(previous.start, max(previous.end, block.end)));
      } else {
        merged.add(block);
      }
    }
    return merged;
  }

  /** What is left of {@code free} once every busy block is taken out, in time order. */
  static List<TimeBlock> subtract(List<TimeBlock> free, List<TimeBlock> busy) {
    List<TimeBlock> left = union(free);
    for (TimeBlock taken : union(busy)) {
      List<TimeBlock> next = new ArrayList<>();
      for (TimeBlock block : left) {
        if (!block.overlaps(taken)) {
          next.add(block);
          continue;
        }
        if (block.start.isBefore(taken.start)) {
          next.add(new TimeBlock(block.start, taken.start));
        }
        if (taken.end.isBefore(block.end)) {
          next.add(new TimeBlock(taken.end, block.end));
        }
      }
      left = next;
    }
    return left;
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
