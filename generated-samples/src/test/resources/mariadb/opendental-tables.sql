-- Open Dental's own definitions (release 22.4, as its CRUD generator creates them) of the tables the
-- MariaDB tests read and write, plus columns the API never exposes. Every column NOT NULL with Open Dental's
-- blank value as default (the server inserts only the columns it knows). Written from tables.json by hand-run
-- script; ItemOrderPlanned is a later appointment column (the spec has it, 22.4 does not).

CREATE TABLE `patient` (
  `PatNum` bigint NOT NULL AUTO_INCREMENT,
  `LName` varchar(255) NOT NULL DEFAULT '',
  `FName` varchar(255) NOT NULL DEFAULT '',
  `MiddleI` varchar(255) NOT NULL DEFAULT '',
  `Preferred` varchar(255) NOT NULL DEFAULT '',
  `PatStatus` tinyint NOT NULL DEFAULT 0,
  `Gender` tinyint NOT NULL DEFAULT 0,
  `Position` tinyint NOT NULL DEFAULT 0,
  `Birthdate` date NOT NULL DEFAULT '0001-01-01',
  `SSN` varchar(255) NOT NULL DEFAULT '',
  `Address` varchar(255) NOT NULL DEFAULT '',
  `Address2` varchar(255) NOT NULL DEFAULT '',
  `City` varchar(255) NOT NULL DEFAULT '',
  `State` varchar(255) NOT NULL DEFAULT '',
  `Zip` varchar(255) NOT NULL DEFAULT '',
  `HmPhone` varchar(255) NOT NULL DEFAULT '',
  `WkPhone` varchar(255) NOT NULL DEFAULT '',
  `WirelessPhone` varchar(255) NOT NULL DEFAULT '',
  `Guarantor` bigint NOT NULL DEFAULT 0,
  `CreditType` varchar(255) NOT NULL DEFAULT '',
  `Email` varchar(255) NOT NULL DEFAULT '',
  `Salutation` varchar(255) NOT NULL DEFAULT '',
  `EstBalance` double NOT NULL DEFAULT 0,
  `PriProv` bigint NOT NULL DEFAULT 0,
  `SecProv` bigint NOT NULL DEFAULT 0,
  `FeeSched` bigint NOT NULL DEFAULT 0,
  `BillingType` bigint NOT NULL DEFAULT 0,
  `ImageFolder` varchar(255) NOT NULL DEFAULT '',
  `AddrNote` text NOT NULL DEFAULT '',
  `FamFinUrgNote` text NOT NULL DEFAULT '',
  `MedUrgNote` varchar(255) NOT NULL DEFAULT '',
  `ApptModNote` varchar(255) NOT NULL DEFAULT '',
  `StudentStatus` varchar(255) NOT NULL DEFAULT '',
  `SchoolName` varchar(255) NOT NULL DEFAULT '',
  `ChartNumber` varchar(255) NOT NULL DEFAULT '',
  `MedicaidID` varchar(255) NOT NULL DEFAULT '',
  `Bal_0_30` double NOT NULL DEFAULT 0,
  `Bal_31_60` double NOT NULL DEFAULT 0,
  `Bal_61_90` double NOT NULL DEFAULT 0,
  `BalOver90` double NOT NULL DEFAULT 0,
  `InsEst` double NOT NULL DEFAULT 0,
  `BalTotal` double NOT NULL DEFAULT 0,
  `EmployerNum` bigint NOT NULL DEFAULT 0,
  `EmploymentNote` varchar(255) NOT NULL DEFAULT '',
  `County` varchar(255) NOT NULL DEFAULT '',
  `GradeLevel` tinyint NOT NULL DEFAULT 0,
  `Urgency` tinyint NOT NULL DEFAULT 0,
  `DateFirstVisit` date NOT NULL DEFAULT '0001-01-01',
  `ClinicNum` bigint NOT NULL DEFAULT 0,
  `HasIns` varchar(255) NOT NULL DEFAULT '',
  `TrophyFolder` varchar(255) NOT NULL DEFAULT '',
  `PlannedIsDone` tinyint NOT NULL DEFAULT 0,
  `Premed` tinyint NOT NULL DEFAULT 0,
  `Ward` varchar(255) NOT NULL DEFAULT '',
  `PreferConfirmMethod` tinyint NOT NULL DEFAULT 0,
  `PreferContactMethod` tinyint NOT NULL DEFAULT 0,
  `PreferRecallMethod` tinyint NOT NULL DEFAULT 0,
  `SchedBeforeTime` time NOT NULL DEFAULT '00:00:00',
  `SchedAfterTime` time NOT NULL DEFAULT '00:00:00',
  `SchedDayOfWeek` tinyint unsigned NOT NULL DEFAULT 0,
  `Language` varchar(255) NOT NULL DEFAULT '',
  `AdmitDate` date NOT NULL DEFAULT '0001-01-01',
  `Title` varchar(255) NOT NULL DEFAULT '',
  `PayPlanDue` double NOT NULL DEFAULT 0,
  `SiteNum` bigint NOT NULL DEFAULT 0,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ResponsParty` bigint NOT NULL DEFAULT 0,
  `CanadianEligibilityCode` tinyint unsigned NOT NULL DEFAULT 0,
  `AskToArriveEarly` int NOT NULL DEFAULT 0,
  `PreferContactConfidential` tinyint NOT NULL DEFAULT 0,
  `SuperFamily` bigint NOT NULL DEFAULT 0,
  `TxtMsgOk` tinyint NOT NULL DEFAULT 0,
  `SmokingSnoMed` varchar(255) NOT NULL DEFAULT '',
  `Country` varchar(255) NOT NULL DEFAULT '',
  `DateTimeDeceased` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `BillingCycleDay` int NOT NULL DEFAULT 0,
  `SecUserNumEntry` bigint NOT NULL DEFAULT 0,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `HasSuperBilling` tinyint NOT NULL DEFAULT 0,
  `PatNumCloneFrom` bigint NOT NULL DEFAULT 0,
  `DiscountPlanNum` bigint NOT NULL DEFAULT 0,
  `HasSignedTil` tinyint NOT NULL DEFAULT 0,
  `ShortCodeOptIn` tinyint NOT NULL DEFAULT 0,
  `SecurityHash` varchar(255) NOT NULL DEFAULT '',
  `OdgenTestExtraText` varchar(255) NOT NULL DEFAULT 'untouched',
  `OdgenTestExtraNum` int NOT NULL DEFAULT 42,
  PRIMARY KEY (`PatNum`)
) DEFAULT CHARSET=utf8;
CREATE INDEX `patient_Guarantor` ON `patient` (`Guarantor`);
CREATE INDEX `patient_PriProv` ON `patient` (`PriProv`);
CREATE INDEX `patient_SecProv` ON `patient` (`SecProv`);
CREATE INDEX `patient_FeeSched` ON `patient` (`FeeSched`);
CREATE INDEX `patient_BillingType` ON `patient` (`BillingType`);
CREATE INDEX `patient_EmployerNum` ON `patient` (`EmployerNum`);
CREATE INDEX `patient_ClinicNum` ON `patient` (`ClinicNum`);
CREATE INDEX `patient_SiteNum` ON `patient` (`SiteNum`);
CREATE INDEX `patient_ResponsParty` ON `patient` (`ResponsParty`);
CREATE INDEX `patient_SuperFamily` ON `patient` (`SuperFamily`);
CREATE INDEX `patient_SecUserNumEntry` ON `patient` (`SecUserNumEntry`);
CREATE INDEX `patient_PatNumCloneFrom` ON `patient` (`PatNumCloneFrom`);
CREATE INDEX `patient_DiscountPlanNum` ON `patient` (`DiscountPlanNum`);

CREATE TABLE `appointment` (
  `AptNum` bigint NOT NULL AUTO_INCREMENT,
  `PatNum` bigint NOT NULL DEFAULT 0,
  `AptStatus` tinyint NOT NULL DEFAULT 0,
  `Pattern` varchar(255) NOT NULL DEFAULT '',
  `Confirmed` bigint NOT NULL DEFAULT 0,
  `TimeLocked` tinyint NOT NULL DEFAULT 0,
  `Op` bigint NOT NULL DEFAULT 0,
  `Note` text NOT NULL DEFAULT '',
  `ProvNum` bigint NOT NULL DEFAULT 0,
  `ProvHyg` bigint NOT NULL DEFAULT 0,
  `AptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `NextAptNum` bigint NOT NULL DEFAULT 0,
  `UnschedStatus` bigint NOT NULL DEFAULT 0,
  `IsNewPatient` tinyint NOT NULL DEFAULT 0,
  `ProcDescript` varchar(255) NOT NULL DEFAULT '',
  `Assistant` bigint NOT NULL DEFAULT 0,
  `ClinicNum` bigint NOT NULL DEFAULT 0,
  `IsHygiene` tinyint NOT NULL DEFAULT 0,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DateTimeArrived` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSeated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeDismissed` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `InsPlan1` bigint NOT NULL DEFAULT 0,
  `InsPlan2` bigint NOT NULL DEFAULT 0,
  `DateTimeAskedToArrive` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ProcsColored` text NOT NULL DEFAULT '',
  `ColorOverride` int NOT NULL DEFAULT 0,
  `AppointmentTypeNum` bigint NOT NULL DEFAULT 0,
  `SecUserNumEntry` bigint NOT NULL DEFAULT 0,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Priority` tinyint NOT NULL DEFAULT 0,
  `ProvBarText` varchar(255) NOT NULL DEFAULT '',
  `PatternSecondary` varchar(255) NOT NULL DEFAULT '',
  `SecurityHash` varchar(255) NOT NULL DEFAULT '',
  `ItemOrderPlanned` int NOT NULL DEFAULT 0,
  `OdgenTestExtraText` varchar(255) NOT NULL DEFAULT 'untouched',
  `OdgenTestExtraNum` int NOT NULL DEFAULT 42,
  PRIMARY KEY (`AptNum`)
) DEFAULT CHARSET=utf8;
CREATE INDEX `appointment_PatNum` ON `appointment` (`PatNum`);
CREATE INDEX `appointment_Confirmed` ON `appointment` (`Confirmed`);
CREATE INDEX `appointment_Op` ON `appointment` (`Op`);
CREATE INDEX `appointment_ProvNum` ON `appointment` (`ProvNum`);
CREATE INDEX `appointment_ProvHyg` ON `appointment` (`ProvHyg`);
CREATE INDEX `appointment_NextAptNum` ON `appointment` (`NextAptNum`);
CREATE INDEX `appointment_UnschedStatus` ON `appointment` (`UnschedStatus`);
CREATE INDEX `appointment_Assistant` ON `appointment` (`Assistant`);
CREATE INDEX `appointment_ClinicNum` ON `appointment` (`ClinicNum`);
CREATE INDEX `appointment_InsPlan1` ON `appointment` (`InsPlan1`);
CREATE INDEX `appointment_InsPlan2` ON `appointment` (`InsPlan2`);
CREATE INDEX `appointment_AppointmentTypeNum` ON `appointment` (`AppointmentTypeNum`);
CREATE INDEX `appointment_SecUserNumEntry` ON `appointment` (`SecUserNumEntry`);

CREATE TABLE `provider` (
  `ProvNum` bigint NOT NULL AUTO_INCREMENT,
  `Abbr` varchar(255) NOT NULL DEFAULT '',
  `ItemOrder` int NOT NULL DEFAULT 0,
  `LName` varchar(255) NOT NULL DEFAULT '',
  `FName` varchar(255) NOT NULL DEFAULT '',
  `MI` varchar(255) NOT NULL DEFAULT '',
  `Suffix` varchar(255) NOT NULL DEFAULT '',
  `FeeSched` bigint NOT NULL DEFAULT 0,
  `Specialty` bigint NOT NULL DEFAULT 0,
  `SSN` varchar(255) NOT NULL DEFAULT '',
  `StateLicense` varchar(255) NOT NULL DEFAULT '',
  `DEANum` varchar(255) NOT NULL DEFAULT '',
  `IsSecondary` tinyint NOT NULL DEFAULT 0,
  `ProvColor` int NOT NULL DEFAULT 0,
  `IsHidden` tinyint NOT NULL DEFAULT 0,
  `UsingTIN` tinyint NOT NULL DEFAULT 0,
  `BlueCrossID` varchar(255) NOT NULL DEFAULT '',
  `SigOnFile` tinyint NOT NULL DEFAULT 0,
  `MedicaidID` varchar(255) NOT NULL DEFAULT '',
  `OutlineColor` int NOT NULL DEFAULT 0,
  `SchoolClassNum` bigint NOT NULL DEFAULT 0,
  `NationalProvID` varchar(255) NOT NULL DEFAULT '',
  `CanadianOfficeNum` varchar(255) NOT NULL DEFAULT '',
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `AnesthProvType` bigint NOT NULL DEFAULT 0,
  `TaxonomyCodeOverride` varchar(255) NOT NULL DEFAULT '',
  `IsCDAnet` tinyint NOT NULL DEFAULT 0,
  `EcwID` varchar(255) NOT NULL DEFAULT '',
  `StateRxID` varchar(255) NOT NULL DEFAULT '',
  `IsNotPerson` tinyint NOT NULL DEFAULT 0,
  `StateWhereLicensed` varchar(255) NOT NULL DEFAULT '',
  `EmailAddressNum` bigint NOT NULL DEFAULT 0,
  `IsInstructor` tinyint NOT NULL DEFAULT 0,
  `EhrMuStage` int NOT NULL DEFAULT 0,
  `ProvNumBillingOverride` bigint NOT NULL DEFAULT 0,
  `CustomID` varchar(255) NOT NULL DEFAULT '',
  `ProvStatus` tinyint NOT NULL DEFAULT 0,
  `IsHiddenReport` tinyint NOT NULL DEFAULT 0,
  `IsErxEnabled` tinyint NOT NULL DEFAULT 0,
  `SchedNote` varchar(255) NOT NULL DEFAULT '',
  `Birthdate` date NOT NULL DEFAULT '0001-01-01',
  `WebSchedDescript` text NOT NULL DEFAULT '',
  `WebSchedImageLocation` varchar(255) NOT NULL DEFAULT '',
  `HourlyProdGoalAmt` double NOT NULL DEFAULT 0,
  `DateTerm` date NOT NULL DEFAULT '0001-01-01',
  `PreferredName` varchar(255) NOT NULL DEFAULT '',
  `OdgenTestExtraText` varchar(255) NOT NULL DEFAULT 'untouched',
  `OdgenTestExtraNum` int NOT NULL DEFAULT 42,
  PRIMARY KEY (`ProvNum`)
) DEFAULT CHARSET=utf8;
CREATE INDEX `provider_FeeSched` ON `provider` (`FeeSched`);
CREATE INDEX `provider_Specialty` ON `provider` (`Specialty`);
CREATE INDEX `provider_SchoolClassNum` ON `provider` (`SchoolClassNum`);
CREATE INDEX `provider_AnesthProvType` ON `provider` (`AnesthProvType`);
CREATE INDEX `provider_EmailAddressNum` ON `provider` (`EmailAddressNum`);
CREATE INDEX `provider_ProvNumBillingOverride` ON `provider` (`ProvNumBillingOverride`);

CREATE TABLE `definition` (
  `DefNum` bigint NOT NULL AUTO_INCREMENT,
  `Category` tinyint NOT NULL DEFAULT 0,
  `ItemOrder` int NOT NULL DEFAULT 0,
  `ItemName` varchar(255) NOT NULL DEFAULT '',
  `ItemValue` varchar(255) NOT NULL DEFAULT '',
  `ItemColor` int NOT NULL DEFAULT 0,
  `IsHidden` tinyint NOT NULL DEFAULT 0,
  `OdgenTestExtraText` varchar(255) NOT NULL DEFAULT 'untouched',
  `OdgenTestExtraNum` int NOT NULL DEFAULT 42,
  PRIMARY KEY (`DefNum`)
) DEFAULT CHARSET=utf8;
