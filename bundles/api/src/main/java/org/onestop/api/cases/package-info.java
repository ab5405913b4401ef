/**
 * Cases, the common envelope of every submission: a module declares its {@link org.onestop.api.cases.Workflow}
 * through a {@link org.onestop.api.cases.CaseType} service and opens and moves cases through
 * {@link org.onestop.api.cases.Cases}; the platform keeps the envelope, the timeline, the deadline clocks in
 * working days ({@link org.onestop.api.cases.WorkingCalendar}), the attachments
 * ({@link org.onestop.api.cases.Attachments}) and the in-app notifications
 * ({@link org.onestop.api.cases.Notifications}), and gives staff one workbench across modules. A case type may
 * invite its applicants to rate the service when a case closes ({@link org.onestop.api.cases.RatingInvitation});
 * capabilities that follow every module's cases register a {@link org.onestop.api.cases.CaseObserver}.
 */
@Export
@Version("1.8.0")
package org.onestop.api.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
