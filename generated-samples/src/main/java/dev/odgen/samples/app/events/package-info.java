/**
 * Open Dental's Database Events: webhooks the API Service sends for subscriptions with a WatchTable. A scheduler
 * thread ({@link dev.odgen.samples.app.events.DatabaseEvents}) finds the subscriptions due, each poll reads the
 * watched table's rows changed since the subscription's DateTimeStart and POSTs them, in the shape of the
 * resource's GET and in batches of at most 1000, to the subscription's EndPointUrl; DateTimeStart moves to the
 * poll time only when every batch was accepted. UI Events (PatientSelected) belong to OpenDental.exe and are not
 * sent.
 */
package dev.odgen.samples.app.events;
