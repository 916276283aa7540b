package dev.odgen.samples.app.demo;

import static dev.odgen.samples.app.records.RecordCopy.with;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.TaskList;
import dev.odgen.samples.opendental.entity.TaskListStatusEnum;
import dev.odgen.samples.opendental.entity.TaskNotePatch;
import dev.odgen.samples.opendental.entity.TaskObjectType;
import dev.odgen.samples.opendental.entity.TaskPatch;
import dev.odgen.samples.opendental.entity.TaskStatusEnum;

/** The front desk's task list with a follow-up task about Henrik Larsen's insurance card and a note on it. */
final class DemoTasks {
  private final OpenDentalDaos daos;
  private final DemoSummary summary;
  private final DemoCalendar calendar;
  private final long userNum;

  DemoTasks(OpenDentalDaos daos, DemoSummary summary, DemoCalendar calendar, long userNum) {
    this.daos = daos;
    this.summary = summary;
    this.calendar = calendar;
    this.userNum = userNum;
  }

  void insert() {
    long list = daos.taskLists().insert(with(TaskList.defaults(), "descript", "Front Desk",
        "dateTimeEntry", calendar.at(calendar.daysAgo(30), 8, 0),
        "taskListStatus", WireEnumValue.of(TaskListStatusEnum.class, "Active")));
    long task = daos.tasks().insert(TaskPatch.builder().taskListNum(list).keyNum(summary.henrikLarsen())
        .objectType(WireEnumValue.of(TaskObjectType.class, "Patient"))
        .descript("Ask for a copy of the new insurance card at the next visit")
        .taskStatus(WireEnumValue.of(TaskStatusEnum.class, "New"))
        .dateTimeEntry(calendar.at(calendar.daysAgo(2), 10, 15)).userNum(userNum).build());
    daos.taskNotes().insert(TaskNotePatch.builder().taskNum(task).userNum(userNum)
        .dateTimeNote(calendar.at(calendar.daysAgo(1), 14, 30)).note("Left a voicemail reminder.").build());
  }
}
