package org.onestop.lookup.internal.patent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of one USPTO XML document as its elements go by: publication and application references,
 * classifications (IPC of v4.0/4.1 and IPCR of v4.2 onwards), title, parties (applicants, inventors, assignees in
 * both the {@code parties} and the {@code us-parties} forms), number of claims and abstract. Names in citations,
 * examiners and agents are not parties and are ignored.
 */
final class UsptoDocument {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final String fileName;
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder abstractText = new StringBuilder();

    private String country = "US";
    private String publicationNumber;
    private String kind;
    private String publicationDate;
    private String applicationNumber;
    private String applicationDate;
    private String applicationType;
    private String title;
    private int claims;
    private final Set<String> ipc = new LinkedHashSet<>();
    private final List<String> applicants = new ArrayList<>();
    private final List<String> applicantInventors = new ArrayList<>();
    private final List<String> inventors = new ArrayList<>();
    private final List<String> assignees = new ArrayList<>();

    // the party being read, and the IPCR parts being read
    private String partyAppType;
    private String orgName;
    private String firstName;
    private String lastName;
    private final StringBuilder ipcr = new StringBuilder();
    private String mainGroup;
    private String subgroup;

    UsptoDocument(String fileName) {
        this.fileName = fileName;
    }

    void start(String name, String applType, String appType) {
        path.push(name);
        text.setLength(0);
        switch (name) {
            case "application-reference" -> applicationType = applType;
            case "applicant", "us-applicant", "inventor", "assignee" -> {
                partyAppType = appType;
                orgName = null;
                firstName = null;
                lastName = null;
            }
            case "classification-ipcr" -> {
                ipcr.setLength(0);
                mainGroup = null;
                subgroup = null;
            }
            case "p" -> {
                if (within("abstract") && abstractText.length() > 0) {
                    abstractText.append("\n\n");
                }
            }
            default -> {
                // nothing to prepare
            }
        }
    }

    void text(char[] characters, int start, int length) {
        text.append(characters, start, length);
        if (within("abstract")) {
            abstractText.append(characters, start, length);
        }
    }

    void end(String name) {
        String value = text.toString().strip();
        text.setLength(0);
        path.pop();
        String parent = path.peek();
        boolean bibliographic = within("us-bibliographic-data-grant") || within("us-bibliographic-data-application");
        if (!bibliographic) {
            return;
        }
        boolean publication = within("publication-reference") && "document-id".equals(parent);
        boolean application = within("application-reference") && "document-id".equals(parent);
        boolean party = within("applicant") || within("us-applicant") || within("inventor") || within("assignee");
        switch (name) {
            case "country" -> {
                if (publication) {
                    country = value;
                }
            }
            case "doc-number" -> {
                if (publication) {
                    publicationNumber = value;
                } else if (application) {
                    applicationNumber = value;
                }
            }
            case "kind" -> {
                if (publication) {
                    kind = value;
                }
            }
            case "date" -> {
                if (publication) {
                    publicationDate = value;
                } else if (application) {
                    applicationDate = value;
                }
            }
            case "main-classification", "further-classification" -> {
                if ("classification-ipc".equals(parent)) {
                    IpcCode.parse(value).ifPresent(code -> ipc.add(code.toString()));
                }
            }
            case "section", "class", "subclass" -> {
                if ("classification-ipcr".equals(parent)) {
                    ipcr.append(value);
                }
            }
            case "main-group" -> mainGroup = "classification-ipcr".equals(parent) ? value : mainGroup;
            case "subgroup" -> subgroup = "classification-ipcr".equals(parent) ? value : subgroup;
            case "classification-ipcr" -> IpcCode.parse(ipcr + " " + mainGroup + "/" + subgroup)
                    .ifPresent(code -> ipc.add(code.toString()));
            case "invention-title" -> title = title == null ? value : title;
            case "number-of-claims" -> claims = parseInt(value);
            case "orgname" -> orgName = party ? value : orgName;
            case "first-name" -> firstName = party ? value : firstName;
            case "last-name" -> lastName = party ? value : lastName;
            case "applicant", "us-applicant" -> {
                String n = partyName();
                if (n != null) {
                    applicants.add(n);
                    if ("applicant-inventor".equals(partyAppType)) {
                        applicantInventors.add(n);
                    }
                }
            }
            case "inventor" -> add(inventors, partyName());
            case "assignee" -> add(assignees, partyName());
            default -> {
                // not a field of the record
            }
        }
    }

    private boolean within(String element) {
        return path.contains(element);
    }

    private String partyName() {
        if (orgName != null && !orgName.isBlank()) {
            return orgName;
        }
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? null : name;
    }

    private static void add(List<String> list, String name) {
        if (name != null) {
            list.add(name);
        }
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    PatentRecord record() throws UsptoXmlReader.RefusedDocument {
        if (applicationNumber == null || applicationNumber.isBlank()) {
            throw new UsptoXmlReader.RefusedDocument("lookup.import.error.noApplicationNumber");
        }
        if (title == null || title.isBlank()) {
            throw new UsptoXmlReader.RefusedDocument("lookup.import.error.noTitle");
        }
        PatentType type = PatentType.parse(applicationType).orElse(PatentType.INVENTION);
        String publication = publicationNumber == null ? null
                : country + publicationNumber + (kind == null ? "" : kind);
        List<String> allInventors = inventors.isEmpty() ? applicantInventors : inventors;
        return new PatentRecord(country + applicationNumber, publication, type, title.replaceAll("\\s+", " "),
                abstractText.toString().replaceAll("\\s*\n\\s*\n\\s*", "\n\n").strip(), applicants, allInventors, assignees, List.copyOf(ipc), date(applicationDate),
                date(publicationDate), null, claims, fileName);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), BASIC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
