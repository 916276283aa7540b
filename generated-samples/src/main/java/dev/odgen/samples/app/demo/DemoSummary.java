package dev.odgen.samples.app.demo;

import java.time.LocalDate;

/**
 * What the demo data inserted: counts for the start-up banner, and the keys of the rows the README's examples
 * and the tests talk about.
 *
 * @param carlosMartinez guarantor of the insured Martinez family (spouse and two children)
 * @param carlosInsSubNum his Bluebird subscription, which covers the whole family
 * @param carlosNextAptNum his Scheduled appointment on the next weekday, 10:00-10:30 in operatory 1
 * @param graceThompson a widowed patient on the Summit plan, with perio history
 * @param graceInsSubNum her Summit subscription
 * @param graceNextAptNum her Scheduled appointment two weekdays ahead
 * @param danielOkafor guarantor of an uninsured family with an old balance
 * @param henrikLarsen a new patient with a prepayment and a first visit on the next weekday, 08:00-09:00
 * @param nextWeekday the next weekday after the day the data was inserted
 * @param staffMeetingDay the weekday whose 16:00-17:00 is blocked out in operatories 1 and 2
 */
public record DemoSummary(
    int patients,
    int appointments,
    int procedures,
    long drNguyen,
    long operatory1,
    long carlosMartinez,
    long carlosInsSubNum,
    long carlosNextAptNum,
    long graceThompson,
    long graceInsSubNum,
    long graceNextAptNum,
    long danielOkafor,
    long henrikLarsen,
    LocalDate nextWeekday,
    LocalDate staffMeetingDay) {
}
