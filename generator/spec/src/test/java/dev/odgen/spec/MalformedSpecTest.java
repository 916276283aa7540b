package dev.odgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Malformed specs, one problem (or one family of problems) each, asserting the whole text the user
 * sees: locations, context lines, the fix and the count.
 */
class MalformedSpecTest {

  @Test
  void yamlSyntaxErrorStopsAtOnce() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id
              - {name: LName}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:8:5: error: invalid YAML: expected ',' or '}', but got {
          while parsing a flow mapping (spec/patients.yaml:7:5)
          fix: correct the YAML syntax here (indentation, a ':' after each key, matching quotes and brackets)
        1 error
        """, errors);
  }

  @Test
  void unknownTopLevelKeySuggestsTheClosest() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            feilds:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:5:5: error: id field 'PatNum' is not a field of resource 'Patients'
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: declare a field named 'PatNum' or remove the reference
        spec/patients.yaml:6:1: error: unknown key 'feilds'
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of actions, docPage, entity, enums, fields, id, models, notes, operations, path, resource, table, versionAdded; did you mean 'fields'?
        2 errors
        """, errors);
  }

  @Test
  void unknownFieldKeySuggestsTheClosest() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, tpye: string}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:8:5: error: missing key 'type'
          for field 'LName' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'type: ...' (one of id, ref, long, int, byte, string, text, money, double, float, bool, date, dateTime, time, timestamp, enum, color, interval, model), or 'derived: ...' for a computed field
        spec/patients.yaml:8:19: error: unknown key 'tpye'
          for field 'LName' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use the name of an existing key; did you mean 'type'?
        2 errors
        """, errors);
  }

  @Test
  void fromCallerNeedsAStringColumnAKnownCredentialAndNoBody() {
    String errors = SpecFixture.withApi()
        .file("api.yaml", SpecFixture.MINIMAL_API + """
            auth:
              header: Authorization
              credentials: [developerKey, customerKey]
            """)
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: Owner, type: string, fromCaller: customerKey}
              - {name: OwnerNum, type: int, fromCaller: customerKey}
              - {name: Clerk, type: string, fromCaller: userKey}
              - {name: shown, derived: {nonEmpty: Owner}, fromCaller: customerKey}
            operations:
              create:
                optional: [Owner]
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:45: error: 'fromCaller' does not apply to type 'int'
          for field 'OwnerNum' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'fromCaller'; a credential is stored in a field of type 'string'
        spec/patients.yaml:10:45: error: 'fromCaller: userKey' names no credential of the API
          for field 'Clerk' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of developerKey, customerKey (the API's 'auth: credentials')
        spec/patients.yaml:11:59: error: 'fromCaller' does not apply to a derived field
          for field 'shown' (spec/patients.yaml:11:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'fromCaller'; a derived field has no column and is read-only
        spec/patients.yaml:14:16: error: body field 'Owner' sets field 'Owner', which the server takes from the caller's customerKey
          for body field 'Owner' (spec/patients.yaml:14:16)
          in operation 'create' (spec/patients.yaml:13:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'Owner' from the body; a request cannot choose it
        4 errors
        """, errors);
  }

  @Test
  void fromCallerWithoutAuthCredentials() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: Owner, type: string, fromCaller: customerKey}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:8:45: error: 'fromCaller: customerKey' names no credential of the API
          for field 'Owner' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: list the credentials under 'auth: credentials' in the API file, or remove 'fromCaller'
        1 error
        """, errors);
  }

  @Test
  void listWhereAMapIsExpected() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            operations: [get, list]
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:13: error: expected a map for 'operations', found a list
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: write 'operations' as 'key: value' lines (or {key: value, ...})
        1 error
        """, errors);
  }

  @Test
  void mapWhereAListIsExpected() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields: {name: PatNum, type: id}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:5:5: error: id field 'PatNum' is not a field of resource 'Patients'
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: declare a field named 'PatNum' or remove the reference
        spec/patients.yaml:6:9: error: expected a list for 'fields', found a map
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: write 'fields' as a list: [a, b] or one '- item' per line
        2 errors
        """, errors);
  }

  @Test
  void nonIntegerOrdinal() {
    String errors = SpecFixture.withApi()
        .file("enums.yaml", """
            enums:
              ApptStatus:
                members:
                  None: 0
                  Scheduled: one
            """)
        .errors();
    assertEquals("""
        spec/enums.yaml:5:18: error: expected a whole number (the stored ordinal) for member 'Scheduled', found 'one'
          in enum 'ApptStatus' (spec/enums.yaml:2:3)
          fix: write the member as 'Scheduled: 3', with the ordinal the database stores
        1 error
        """, errors);
  }

  @Test
  void wrongKindOfScalar() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string, maxLength: long}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:8:44: error: expected a whole number for 'maxLength', found 'long'
          for field 'LName' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: write a whole number such as 3 after 'maxLength:'
        1 error
        """, errors);
  }

  @Test
  void missingRequiredKeys() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {type: string}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:1:1: error: missing key 'entity'
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'entity: ...'
        spec/patients.yaml:1:1: error: missing key 'path'
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'path: ...'
        spec/patients.yaml:6:5: error: missing key 'name'
          for field #2 (spec/patients.yaml:6:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'name: ...'
        3 errors
        """, errors);
  }

  @Test
  void unknownTypeName() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: Birthdate, type: datetime}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:8:29: error: unknown type 'datetime'
          for field 'Birthdate' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of bool, byte, color, date, dateTime, double, enum, float, id, int, interval, long, model, money, ref, string, text, time, timestamp; did you mean 'dateTime'?
        1 error
        """, errors);
  }

  @Test
  void unknownRefResource() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: PriProv, type: ref, ref: Providres}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:37: error: unknown resource 'Providres'
          for field 'PriProv' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of Patients
        1 error
        """, errors);
  }

  @Test
  void refTypeWithoutRef() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: PriProv, type: ref}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:27: error: type 'ref' needs 'ref'
          for field 'PriProv' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'ref: ...' with a resource name
        1 error
        """, errors);
  }

  @Test
  void unknownEnum() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: PatStatus, type: enum, enum: PatientStatsu}
            """)
        .file("enums.yaml", """
            enums:
              PatientStatus:
                members: {Patient: 0, Inactive: 2}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:41: error: unknown enum 'PatientStatsu'
          for field 'PatStatus' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of PatientStatus; did you mean 'PatientStatus'?
        1 error
        """, errors);
  }

  @Test
  void unknownModelInResponse() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            actions:
              - name: simple
                method: GET
                path: /patients/Simple
                response: {model: Simpel, list: true}
            models:
              - name: Simple
                fields:
                  - {name: PatNum, type: ref, ref: Patients}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:13:23: error: unknown model 'Simpel'
          in action 'simple' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of Simple; did you mean 'Simple'?
        1 error
        """, errors);
  }

  @Test
  void viaUnknownField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: priProvAbbr, derived: {via: PriPov, take: Abbr}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:40: error: unknown field 'PriPov' in resource 'Patients'
          for field 'priProvAbbr' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum, priProvAbbr
        1 error
        """, errors);
  }

  @Test
  void takeUnknownFieldOfTarget() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: PriProv, type: ref, ref: Patients}
              - {name: priProvName, derived: {via: PriProv, take: LNam}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:10:55: error: unknown field 'LNam' in resource 'Patients'
          for field 'priProvName' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum, PriProv, priProvName; did you mean 'LName'?
        1 error
        """, errors);
  }

  @Test
  void templateWithUnknownField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: PriProv, type: ref, ref: Patients}
              - {name: priProvName, derived: {via: PriProv, take: "{FName} {LName}"}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:10:55: error: unknown field 'FName' in resource 'Patients'
          for field 'priProvName' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum, PriProv, priProvName; did you mean 'LName'?
        1 error
        """, errors);
  }

  @Test
  void nameOfAndNonEmptyUnknownFields() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: statusName, derived: {nameOf: PatStatus}}
              - {name: hasName, derived: {nonEmpty: LNme}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:42: error: unknown field 'PatStatus' in resource 'Patients'
          for field 'statusName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum, hasName, statusName
        spec/patients.yaml:10:41: error: unknown field 'LNme' in resource 'Patients'
          for field 'hasName' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum, hasName, statusName; did you mean 'LName'?
        2 errors
        """, errors);
  }

  @Test
  void collectUnknownResourceAndFields() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: ops, derived: {collect: PatientOps, match: PatNum, take: OpNum, join: ","}}
              - {name: names, derived: {collect: Patients, match: PatNm, take: LName, join: ","}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:36: error: unknown resource 'PatientOps'
          for field 'ops' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of Patients; did you mean 'Patients'?
        spec/patients.yaml:10:55: error: unknown field 'PatNm' in resource 'Patients'
          for field 'names' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum, names, ops; did you mean 'PatNum'?
        2 errors
        """, errors);
  }

  @Test
  void filterOnUnknownField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            operations:
              list:
                filters:
                  - LNam
                  - {param: dateStart, field: Birthdate, match: from}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:12:9: error: unknown field 'LNam' in resource 'Patients'
          for filter 'LNam' (spec/patients.yaml:12:9)
          in operation 'list' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum; did you mean 'LName'?
        spec/patients.yaml:13:35: error: unknown field 'Birthdate' in resource 'Patients'
          for filter 'dateStart' (spec/patients.yaml:13:9)
          in operation 'list' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum
        2 errors
        """, errors);
  }

  @Test
  void bodyOnUnknownField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            operations:
              create:
                required: [LName]
                optional: [FName, {name: lastName, field: LastName}]
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:12:16: error: unknown field 'FName' in resource 'Patients'
          for body field 'FName' (spec/patients.yaml:12:16)
          in operation 'create' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum; did you mean 'LName'?
        spec/patients.yaml:12:47: error: unknown field 'LastName' in resource 'Patients'
          for body field 'lastName' (spec/patients.yaml:12:23)
          in operation 'create' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum
        2 errors
        """, errors);
  }

  @Test
  void pathParamNotInPath() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            actions:
              - name: simple
                method: GET
                path: /patients/{PatNum}/Simple
                pathParams:
                  - {name: PatNm, ref: Patients}
                response: resource
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:14:9: error: path param 'PatNm' is not in the path '/patients/{PatNum}/Simple'
          for path param 'PatNm' (spec/patients.yaml:14:9)
          in action 'simple' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of PatNum; did you mean 'PatNum'?
        1 error
        """, errors);
  }

  @Test
  void duplicateResourceAcrossFiles() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .file("patients2.yaml", """
            resource: Patients
            entity: Patient2
            path: /patients2
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .errors();
    assertEquals("""
        spec/patients2.yaml:1:1: error: duplicate resource 'Patients'
          first declared (spec/patients.yaml:1:1)
          fix: rename or remove one of the two; resource names are global across all files
        1 error
        """, errors);
  }

  @Test
  void duplicateEntityAndPath() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .file("people.yaml", """
            resource: People
            entity: Patient
            path: /Patients/
            table: person
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .errors();
    assertEquals("""
        spec/people.yaml:2:9: error: duplicate entity 'Patient'
          first declared (spec/patients.yaml:2:9)
          in resource 'People' (spec/people.yaml:1:1)
          fix: give each resource its own entity name
        spec/people.yaml:3:7: error: duplicate resource path '/Patients/'
          first declared (spec/patients.yaml:3:7)
          in resource 'People' (spec/people.yaml:1:1)
          fix: give each resource its own path
        2 errors
        """, errors);
  }

  @Test
  void duplicateField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: LName, type: text}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:5: error: duplicate field 'LName'
          first declared (spec/patients.yaml:8:5)
          for field 'LName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: rename or remove one of the two
        1 error
        """, errors);
  }

  @Test
  void duplicateEnumMember() {
    String errors = SpecFixture.withApi()
        .file("enums.yaml", """
            enums:
              ApptStatus:
                members:
                  None: 0
                  Scheduled: 1
                  None: 2
            """)
        .errors();
    assertEquals("""
        spec/enums.yaml:6:7: error: duplicate key 'None'
          first given (spec/enums.yaml:4:7)
          in enum 'ApptStatus' (spec/enums.yaml:2:3)
          fix: remove one of the two 'None' entries
        1 error
        """, errors);
  }

  @Test
  void sharedOrdinal() {
    String errors = SpecFixture.withApi()
        .file("enums.yaml", """
            enums:
              ApptStatus:
                members:
                  None: 0
                  Scheduled: 1
                  Complete: 1
            """)
        .errors();
    assertEquals("""
        spec/enums.yaml:6:7: error: members 'Scheduled' and 'Complete' share ordinal 1
          first used by member 'Scheduled' (spec/enums.yaml:5:7)
          in enum 'ApptStatus' (spec/enums.yaml:2:3)
          fix: give each member its own ordinal
        1 error
        """, errors);
  }

  @Test
  void duplicateEnumAcrossFiles() {
    String errors = SpecFixture.withApi()
        .file("enums.yaml", """
            enums:
              YN:
                members: {Unknown: 0, Yes: 1, No: 2}
            """)
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            enums:
              YN:
                members: {Unknown: 0}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:10:3: error: duplicate enum 'YN'
          first declared (spec/enums.yaml:2:3)
          fix: rename or remove one of the two; enum names are global across all files
        1 error
        """, errors);
  }

  @Test
  void duplicateActionName() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            actions:
              - {name: simple, method: GET, path: /patients/Simple, response: resourceList}
              - {name: simple, method: PUT, path: /patients/Simple}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:11:5: error: duplicate action 'simple'
          first declared (spec/patients.yaml:10:5)
          in action 'simple' (spec/patients.yaml:11:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: give each action of a resource its own name
        1 error
        """, errors);
  }

  @Test
  void tableWithoutId() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            fields:
              - {name: PatNum, type: id}
            operations:
              get: {}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:4:8: error: resource 'Patients' has a table but no id field
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'id: F', naming the field that holds the primary key
        spec/patients.yaml:6:26: error: field 'PatNum' has type 'id' but is not the resource's id field
          for field 'PatNum' (spec/patients.yaml:6:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'id: PatNum'
        spec/patients.yaml:8:3: error: operation 'get' works on one item but the resource has no id field
          in operation 'get' (spec/patients.yaml:8:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'id: F' to the resource, or give the operation a 'path'
        3 errors
        """, errors);
  }

  @Test
  void idFieldMissing() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatientNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:5:5: error: id field 'PatientNum' is not a field of resource 'Patients'
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of LName, PatNum
        spec/patients.yaml:7:26: error: field 'PatNum' has type 'id' but is not the resource's id field
          for field 'PatNum' (spec/patients.yaml:7:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use 'type: long' (or 'ref') for it
        2 errors
        """, errors);
  }

  @Test
  void idFieldWithWrongType() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: long}
              - {name: Guarantor, type: id}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:7:26: error: id field 'PatNum' has type 'long'
          for field 'PatNum' (spec/patients.yaml:7:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: give it 'type: id'
        spec/patients.yaml:8:29: error: field 'Guarantor' has type 'id' but is not the resource's id field
          for field 'Guarantor' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use 'type: long' (or 'ref') for it
        2 errors
        """, errors);
  }

  @Test
  void viaOnNonRefField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: lastName, derived: {via: LName, take: LName}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:37: error: 'via' needs a ref field, but 'LName' has type 'string'
          for field 'lastName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: follow a field of type 'ref', or use {custom: ...}
        1 error
        """, errors);
  }

  @Test
  void nameOfOnNonEnumField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: lastName, derived: {nameOf: LName}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:40: error: 'nameOf' needs an enum field, but 'LName' has type 'string'
          for field 'lastName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: name a field of type 'enum', or use {via: F, take: G} for a ref
        1 error
        """, errors);
  }

  @Test
  void defaultThatDoesNotFitItsType() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: Age, type: int, default: old}
              - {name: IsActive, type: bool, default: yes}
              - {name: Birthdate, type: date, default: 01/02/2000}
              - {name: RecallInterval, type: interval, default: 1d6m}
              - {name: ExamInterval, type: interval, default: 6m1d}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:37: error: default 'old' does not fit type 'int'
          for field 'Age' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: give a whole number
        spec/patients.yaml:10:43: error: default 'yes' does not fit type 'bool'
          for field 'IsActive' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use true or false
        spec/patients.yaml:11:44: error: default '01/02/2000' does not fit type 'date'
          for field 'Birthdate' (spec/patients.yaml:11:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: write a date as yyyy-MM-dd, e.g. 0001-01-01
        spec/patients.yaml:12:53: error: default '1d6m' does not fit type 'interval'
          for field 'RecallInterval' (spec/patients.yaml:12:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: write an interval as counts with y, m, w, d in that order, e.g. 6m1d (years up to 127, others up to 255)
        4 errors
        """, errors);
  }

  @Test
  void defaultThatIsNotAnEnumMember() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: PatStatus, type: enum, enum: PatientStatus, default: Inactve}
            """)
        .file("enums.yaml", """
            enums:
              PatientStatus:
                members: {Patient: 0, Inactive: 2}
                default: Archived
            """)
        .errors();
    assertEquals("""
        spec/enums.yaml:4:14: error: default 'Archived' is not a member of enum 'PatientStatus'
          in enum 'PatientStatus' (spec/enums.yaml:2:3)
          fix: use one of Inactive, Patient
        spec/patients.yaml:9:65: error: default 'Inactve' is not a member of enum 'PatientStatus'
          for field 'PatStatus' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of Inactive, Patient; did you mean 'Inactive'?
        2 errors
        """, errors);
  }

  @Test
  void fieldsThatClashInJava() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: lName, type: string}
              - {name: L-Name, column: LName2, type: string}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:5: error: duplicate column 'lName'
          first declared (spec/patients.yaml:8:5)
          for field 'lName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: give each field its own column with 'column: ...'
        spec/patients.yaml:10:5: error: fields 'LName' and 'L-Name' would both be named 'lName' in Java
          clashes with field 'LName' (spec/patients.yaml:8:5)
          for field 'L-Name' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: rename one of them (see JavaIdentifiers: Java names are the lower-camel form of the names)
        2 errors
        """, errors);
  }

  @Test
  void sameEndpointTwice() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            operations:
              get: {}
            """)
        .file("people.yaml", """
            resource: People
            entity: Person
            path: /people
            actions:
              - {name: byId, method: GET, path: "/patients/{PatNum}", response: {resource: Patients}}
            """)
        .errors();
    assertEquals("""
        spec/people.yaml:5:5: error: endpoint GET /patients/{PatNum} is declared twice
          first declared as operation 'get' of resource 'Patients' (spec/patients.yaml:10:3)
          in action 'byId' (spec/people.yaml:5:5)
          in resource 'People' (spec/people.yaml:1:1)
          fix: remove one of them, or give them different paths
        1 error
        """, errors);
  }

  @Test
  void exclusionOfUnknownResource() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            operations:
              get: {}
            """)
        .file("exclusions.yaml", """
            exclusions:
              - resource: Patient
                endpoint: GET /patients/Simple
                reason: not documented well enough
              - resource: Patients
                endpoint: GET /patients/{PatNum}
                reason: modelled by mistake
            """)
        .errors();
    assertEquals("""
        spec/exclusions.yaml:2:15: error: unknown resource 'Patient'
          in the exclusion of resource 'Patient' (spec/exclusions.yaml:2:5)
          fix: use one of Patients; did you mean 'Patients'?
        spec/exclusions.yaml:6:15: error: endpoint GET /patients/{PatNum} is excluded but also modelled
          modelled as operation 'get' of resource 'Patients' (spec/patients.yaml:10:3)
          in the exclusion of resource 'Patients' (spec/exclusions.yaml:5:5)
          fix: remove the exclusion or the endpoint
        2 errors
        """, errors);
  }

  @Test
  void exclusionShapes() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .file("exclusions.yaml", """
            exclusions:
              - resource: Patients
                queryParam: Phone
                reason: no endpoint
              - resource: Patients
                endpoint: GET/patients
                reason: ""
            """)
        .errors();
    assertEquals("""
        spec/exclusions.yaml:2:5: error: 'queryParam' needs an endpoint
          in exclusion #1 (spec/exclusions.yaml:2:5)
          fix: give an endpoint alone, an endpoint with queryParam or bodyField, or a responseField
        spec/exclusions.yaml:6:15: error: malformed endpoint 'GET/patients'
          in exclusion #2 (spec/exclusions.yaml:5:5)
          fix: write it as METHOD /path, e.g. 'POST /queries'
        spec/exclusions.yaml:7:13: error: the reason is blank
          in exclusion #2 (spec/exclusions.yaml:5:5)
          fix: say why this is not modelled
        3 errors
        """, errors);
  }

  @Test
  void noApiFile() {
    String errors = SpecFixture.empty()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:1:1: error: the spec has no API file
          fix: add a file whose top-level key is 'api:' (see spec/FORMAT.md)
        1 error
        """, errors);
  }

  @Test
  void emptyFileAndUnknownKind() {
    String errors = SpecFixture.withApi()
        .file("empty.yaml", "")
        .file("other.yaml", """
            things:
              - a
            """)
        .errors();
    assertEquals("""
        spec/empty.yaml:1:1: error: the file is empty
          fix: start it with 'api:', 'resource:', 'exclusions:' or 'enums:', or delete it
        spec/other.yaml:1:1: error: cannot tell what kind of spec file this is
          fix: start the file with 'api:', 'resource:', 'exclusions:' or 'enums:'
        2 errors
        """, errors);
  }

  @Test
  void errorsOfSeveralFilesSortedByLocation() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: strng}
            """)
        .file("api.yaml", """
            api:
              name: Test
              basePath: /api
              pakage: test.generated
            """)
        .errors();
    assertEquals("""
        spec/api.yaml:2:3: error: missing key 'package'
          in the API file (spec/api.yaml:1:1)
          fix: add 'package: ...'
        spec/api.yaml:4:3: error: unknown key 'pakage'
          in the API file (spec/api.yaml:1:1)
          fix: use one of basePath, docsVersion, name, package, title; did you mean 'package'?
        spec/patients.yaml:8:25: error: unknown type 'strng'
          for field 'LName' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of bool, byte, color, date, dateTime, double, enum, float, id, int, interval, long, model, money, ref, string, text, time, timestamp; did you mean 'string'?
        3 errors
        """, errors);
  }

  @Test
  void filterMatchThatDoesNotFitTheField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: Age, type: int}
              - {name: lastName, derived: {custom: the last name}}
            operations:
              list:
                filters:
                  - {param: Age, match: startsWith}
                  - {param: lastName}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:14:9: error: match 'startsWith' does not fit field 'Age' of type 'int'
          for filter 'Age' (spec/patients.yaml:14:9)
          in operation 'list' (spec/patients.yaml:12:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use it on a field of type string or text, or use another match
        spec/patients.yaml:15:9: error: filter 'lastName' compares derived field 'lastName', which has no column
          for filter 'lastName' (spec/patients.yaml:15:9)
          in operation 'list' (spec/patients.yaml:12:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: filter on a column field, or use 'match: custom' and say in 'notes' what it does
        2 errors
        """, errors);
  }

  @Test
  void bodyThatSetsADerivedField() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: lastName, derived: {custom: the last name}}
            operations:
              update:
                optional: [lastName]
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:12:16: error: body field 'lastName' sets derived field 'lastName', which is read-only
          for body field 'lastName' (spec/patients.yaml:12:16)
          in operation 'update' (spec/patients.yaml:11:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: set the column field it comes from instead, e.g. {name: lastName, field: <column>}
        1 error
        """, errors);
  }

  @Test
  void filterDefaultsMustFitASimpleTypeAndAnOptionalFilter() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: Birthdate, type: date}
            operations:
              list:
                filters:
                  - {param: hidden, type: bool, match: custom, default: no}
                  - {param: since, field: Birthdate, match: from, default: "2020-01-01"}
                  - {param: PatNum, required: true, default: "1"}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:12:61: error: default 'no' does not fit type 'bool'
          for filter 'hidden' (spec/patients.yaml:12:9)
          in operation 'list' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: give true or false
        spec/patients.yaml:13:64: error: 'default' does not apply to a filter of type 'date'
          for filter 'since' (spec/patients.yaml:13:9)
          in operation 'list' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'default'; filters of type bool, int, long and string take one
        spec/patients.yaml:14:50: error: a required filter cannot have a default
          for filter 'PatNum' (spec/patients.yaml:14:9)
          in operation 'list' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'default', or 'required: true'
        3 errors
        """, errors);
  }

  @Test
  void aBodyEntryTakesOnlyAWireFormItsFieldFits() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            operations:
              create:
                required: [{name: lastName, field: LName, wireAs: ordinal}]
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:11:55: error: 'wireAs: ordinal' does not apply to field 'LName' of type 'string'
          for body field 'lastName' (spec/patients.yaml:11:16)
          in operation 'create' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'wireAs'; type 'string' travels only in its own form
        1 error
        """, errors);
  }

  @Test
  void wireFormsThatDoNotFitTheType() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id, wireAs: string}
              - {name: Birthdate, type: date, wireAs: string}
              - {name: PriProv, type: ref, ref: Patients, wireAs: trimmedString}
              - {name: EstBalance, type: money, wireAs: ordinal}
              - {name: Gender, type: enum, enum: Gender, wireAs: string}
              - {name: Balance, type: money, wireAs: trimmedString}
            enums:
              Gender: {members: {Male: 0, Female: 1}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:8:43: error: 'wireAs: string' does not apply to type 'date'
          for field 'Birthdate' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'wireAs'; type 'date' travels only in its own form
        spec/patients.yaml:9:55: error: 'wireAs: trimmedString' does not apply to type 'ref'
          for field 'PriProv' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use a form type 'ref' takes (string, number), or remove 'wireAs'
        spec/patients.yaml:10:45: error: 'wireAs: ordinal' does not apply to type 'money'
          for field 'EstBalance' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use a form type 'money' takes (string, number, trimmedString), or remove 'wireAs'
        spec/patients.yaml:11:54: error: 'wireAs: string' does not apply to type 'enum'
          for field 'Gender' (spec/patients.yaml:11:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use a form type 'enum' takes (name, ordinal), or remove 'wireAs'
        4 errors
        """, errors);
  }

  @Test
  void wireFormsOnActionInputs() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            actions:
              - name: merge
                method: PUT
                path: /patients/Merge
                params:
                  - {name: PatNumFrom, type: ref, ref: Patients, wireAs: string}
                body:
                  - {name: PatNumInto, type: ref, ref: Patients, wireAs: number}
                  - {name: LName, field: LName, wireAs: number}
                response: none
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:14:62: error: 'wireAs' does not apply to a query parameter
          for query parameter 'PatNumFrom' (spec/patients.yaml:14:9)
          in action 'merge' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'wireAs'; a query parameter is text in its type's own form
        spec/patients.yaml:17:45: error: 'wireAs: number' does not apply to type 'string'
          for body field 'LName' (spec/patients.yaml:17:9)
          in action 'merge' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'wireAs'; type 'string' travels only in its own form
        2 errors
        """, errors);
  }

  @Test
  void keysThatDoNotFitTheType() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: Age, type: int, storeAs: name, signed: true}
              - {name: DateFirstVisit, type: string, auto: insert}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:37: error: 'storeAs' does not apply to type 'int'
          for field 'Age' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'storeAs'; it is only for type 'enum'
        spec/patients.yaml:9:51: error: 'signed' does not apply to type 'int'
          for field 'Age' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'signed'; it is only for type 'byte'
        spec/patients.yaml:10:48: error: 'auto' does not apply to type 'string'
          for field 'DateFirstVisit' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'auto'; it is only for type 'date' or 'dateTime'
        3 errors
        """, errors);
  }

  @Test
  void unknownKeywords() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
            operations:
              list:
                filters:
                  - {param: LName, match: startWith}
            actions:
              - {name: simple, method: FETCH, path: /patients/Simple, response: resources}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:12:31: error: unknown match kind 'startWith'
          for filter 'LName' (spec/patients.yaml:12:9)
          in operation 'list' (spec/patients.yaml:10:3)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of changedSince, contains, custom, equals, from, onDate, startsWith, to; did you mean 'startsWith'?
        spec/patients.yaml:14:28: error: unknown HTTP method 'FETCH'
          in action 'simple' (spec/patients.yaml:14:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of DELETE, GET, PATCH, POST, PUT; did you mean 'PATCH'?
        spec/patients.yaml:14:69: error: unknown response 'resources'
          in action 'simple' (spec/patients.yaml:14:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of none, resource, resourceList, rows; did you mean 'resource'?
        3 errors
        """, errors);
  }

  @Test
  void derivationShapes() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: a, derived: now}
              - {name: b, derived: {via: LName}}
              - {name: c, derived: {nameOf: LName, nonEmpty: LName}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:24: error: unknown derivation 'now'
          for field 'a' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use serverTime, {via: F, take: G}, {nameOf: F}, {nonEmpty: F}, {collect: R, match: F, take: G} or {custom: "what it is"}
        spec/patients.yaml:10:24: error: missing key 'take'
          for field 'b' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: add 'take: ...'
        spec/patients.yaml:11:24: error: a derivation takes only one of via, nameOf, nonEmpty, collect or custom; found nameOf and nonEmpty
          for field 'c' (spec/patients.yaml:11:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use serverTime, {via: F, take: G}, {nameOf: F}, {nonEmpty: F}, {collect: R, match: F, take: G} or {custom: "what it is"}
        3 errors
        """, errors);
  }

  @Test
  void derivedFieldWithColumnKeys() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: lastName, column: LastName, type: string, derived: {nameOf: LName}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:30: error: 'column' does not apply to a derived field
          for field 'lastName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'column'; a derived field has no column and is read-only
        spec/patients.yaml:9:46: error: 'type' does not apply to this derived field
          for field 'lastName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: remove 'type'; the derivation decides the type (only 'custom' and 'collect' take one)
        spec/patients.yaml:9:72: error: 'nameOf' needs an enum field, but 'LName' has type 'string'
          for field 'lastName' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: name a field of type 'enum', or use {via: F, take: G} for a ref
        3 errors
        """, errors);
  }

  @Test
  void collectWithoutJoinOrList() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: Guarantor, type: ref, ref: Patients}
              - {name: family, derived: {collect: Patients, match: LName, take: LName}}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:10:29: error: a collect needs 'join' or 'list: true'
          for field 'family' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: give 'join: ","' for one string, or 'list: true' on the field for a list
        spec/patients.yaml:10:56: error: 'match' needs a ref to 'Patients', but 'Patients.LName' has type 'string'
          for field 'family' (spec/patients.yaml:10:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: name the field of 'Patients' that holds the id of a 'Patients'
        2 errors
        """, errors);
  }

  @Test
  void serverTimeOnAnotherName() {
    String errors = SpecFixture.withApi()
        .file("patients.yaml", """
            resource: Patients
            entity: Patient
            path: /patients
            table: patient
            id: PatNum
            fields:
              - {name: PatNum, type: id}
              - {name: LName, type: string}
              - {name: serverTime, derived: serverTime}
            """)
        .errors();
    assertEquals("""
        spec/patients.yaml:9:33: error: field 'serverTime' carries the server time, which the API file names 'serverDateTime'
          for field 'serverTime' (spec/patients.yaml:9:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: rename the field to 'serverDateTime'
        1 error
        """, errors);
  }
}
