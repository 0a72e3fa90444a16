// Every enumeration of the domain in words: the key the event file, CSV and
// command-line JSON store, and the label a person reads (translated in the
// context named). The enumerations live in their slices; their words live
// here together because the keys are the file format: a key changed here
// changes what older files mean and what every acta's fingerprint covers, so
// such a change must be seen in one place.
#include "acta/Acta.h"
#include "meetings/Meeting.h"
#include "mesas/Commitment.h"
#include "process/Deliverables.h"
#include "process/Initiative.h"
#include "programme/Agenda.h"
#include "registration/Attendee.h"
#include "registration/Checkin.h"
#include "sharing/Operation.h"
#include "tabular/ImportProblem.h"

#include "base/EnumTable.h"

namespace taller {

// Imports

const EnumTable<ImportProblem::Kind> &enumTable(ImportProblem::Kind)
{
    static const EnumTable<ImportProblem::Kind> table("taller::ImportProblem", {
        {ImportProblem::Kind::Rejected, u"rejected", nullptr},
        {ImportProblem::Kind::Duplicate, u"duplicate", nullptr},
        {ImportProblem::Kind::Warning, u"warning", nullptr},
    });
    return table;
}

// Meetings

const EnumTable<MeetingKind> &enumTable(MeetingKind)
{
    static const EnumTable<MeetingKind> table("taller::Meetings", {
        {MeetingKind::Workshop, u"workshop", QT_TRANSLATE_NOOP("taller::Meetings", "Workshop")},
        {MeetingKind::Meeting, u"meeting", QT_TRANSLATE_NOOP("taller::Meetings", "Meeting")},
    });
    return table;
}

const EnumTable<AgreementStatus> &enumTable(AgreementStatus)
{
    static const EnumTable<AgreementStatus> table("taller::Meetings", {
        {AgreementStatus::Open, u"open", QT_TRANSLATE_NOOP("taller::Meetings", "Open")},
        {AgreementStatus::Done, u"done", QT_TRANSLATE_NOOP("taller::Meetings", "Done")},
        {AgreementStatus::Overdue, u"overdue", QT_TRANSLATE_NOOP("taller::Meetings", "Overdue")},
    });
    return table;
}

// Registration

const EnumTable<DocumentType> &enumTable(DocumentType)
{
    static const EnumTable<DocumentType> table("taller::DocumentTypes", {
        {DocumentType::Dni, u"dni", QT_TRANSLATE_NOOP("taller::DocumentTypes", "DNI")},
        {DocumentType::ForeignerCard, u"ce", QT_TRANSLATE_NOOP("taller::DocumentTypes", "Foreigner's card")},
        {DocumentType::Passport, u"passport", QT_TRANSLATE_NOOP("taller::DocumentTypes", "Passport")},
    });
    return table;
}

const EnumTable<Sector> &enumTable(Sector)
{
    static const EnumTable<Sector> table("taller::Sectors", {
        {Sector::CivilSociety, u"civil_society", QT_TRANSLATE_NOOP("taller::Sectors", "Civil society")},
        {Sector::Academia, u"academia", QT_TRANSLATE_NOOP("taller::Sectors", "Academia")},
        {Sector::Business, u"business", QT_TRANSLATE_NOOP("taller::Sectors", "Business association")},
        {Sector::PublicSector, u"public_sector", QT_TRANSLATE_NOOP("taller::Sectors", "Public sector")},
        {Sector::Citizenry, u"citizenry", QT_TRANSLATE_NOOP("taller::Sectors", "Citizens")},
        {Sector::InternationalCooperation, u"international_cooperation",
         QT_TRANSLATE_NOOP("taller::Sectors", "International cooperation")},
        {Sector::Other, u"other", QT_TRANSLATE_NOOP("taller::Sectors", "Other")},
    });
    return table;
}

const EnumTable<CheckinOutcome> &enumTable(CheckinOutcome)
{
    static const EnumTable<CheckinOutcome> table("taller::Checkins", {
        {CheckinOutcome::CheckedIn, u"checked_in", nullptr},
        {CheckinOutcome::Already, u"already", nullptr},
        {CheckinOutcome::Undone, u"undone", nullptr},
        {CheckinOutcome::NotCheckedIn, u"not_checked_in", nullptr},
        {CheckinOutcome::NotFound, u"not_found", nullptr},
        {CheckinOutcome::Invalid, u"invalid", nullptr},
    });
    return table;
}

// Mesas and their commitments

const EnumTable<OgpValue> &enumTable(OgpValue)
{
    static const EnumTable<OgpValue> table("taller::Commitments", {
        {OgpValue::Transparency, u"transparency", QT_TRANSLATE_NOOP("taller::Commitments", "Transparency")},
        {OgpValue::Accountability, u"accountability", QT_TRANSLATE_NOOP("taller::Commitments", "Accountability")},
        {OgpValue::Participation, u"participation", QT_TRANSLATE_NOOP("taller::Commitments", "Citizen participation")},
        {OgpValue::TechnologyAndInnovation, u"technology_innovation",
         QT_TRANSLATE_NOOP("taller::Commitments", "Technology and innovation")},
    });
    return table;
}

const EnumTable<CommitmentOrigin> &enumTable(CommitmentOrigin)
{
    static const EnumTable<CommitmentOrigin> table("taller::Commitments", {
        {CommitmentOrigin::Input, u"input", QT_TRANSLATE_NOOP("taller::Commitments", "Input from an earlier workshop")},
        {CommitmentOrigin::Proposed, u"proposed", QT_TRANSLATE_NOOP("taller::Commitments", "Proposed at the mesa")},
        {CommitmentOrigin::Amended, u"amended", QT_TRANSLATE_NOOP("taller::Commitments", "Amended in plenary")},
    });
    return table;
}

const EnumTable<CommitmentStatus> &enumTable(CommitmentStatus)
{
    static const EnumTable<CommitmentStatus> table("taller::Commitments", {
        {CommitmentStatus::Draft, u"draft", QT_TRANSLATE_NOOP("taller::Commitments", "Draft")},
        {CommitmentStatus::Presented, u"presented", QT_TRANSLATE_NOOP("taller::Commitments", "Presented")},
        {CommitmentStatus::Approved, u"approved", QT_TRANSLATE_NOOP("taller::Commitments", "Approved")},
        {CommitmentStatus::Merged, u"merged", QT_TRANSLATE_NOOP("taller::Commitments", "Merged")},
        {CommitmentStatus::Withdrawn, u"withdrawn", QT_TRANSLATE_NOOP("taller::Commitments", "Withdrawn")},
    });
    return table;
}

// The programme

const EnumTable<ActivityKind> &enumTable(ActivityKind)
{
    static const EnumTable<ActivityKind> table("taller::ActivityKinds", {
        {ActivityKind::Registration, u"registration", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Registration")},
        {ActivityKind::Welcome, u"welcome", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Welcome")},
        {ActivityKind::Presentation, u"presentation", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Presentation")},
        {ActivityKind::Break, u"break", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Break")},
        {ActivityKind::WorkingTables, u"working_tables", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Working tables")},
        {ActivityKind::Plenary, u"plenary", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Plenary")},
        {ActivityKind::Signing, u"signing", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Signing")},
        {ActivityKind::Meal, u"meal", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Meal")},
        {ActivityKind::Other, u"other", QT_TRANSLATE_NOOP("taller::ActivityKinds", "Other")},
    });
    return table;
}

// The acta

const EnumTable<SignatorySide> &enumTable(SignatorySide)
{
    static const EnumTable<SignatorySide> table("taller::Actas", {
        {SignatorySide::Government, u"government", QT_TRANSLATE_NOOP("taller::Actas", "Regional Government")},
        {SignatorySide::CivilSociety, u"civil_society", QT_TRANSLATE_NOOP("taller::Actas", "Civil society")},
    });
    return table;
}

const EnumTable<SignatureKind> &enumTable(SignatureKind)
{
    static const EnumTable<SignatureKind> table("taller::Actas", {
        {SignatureKind::Paper, u"paper", nullptr},
        {SignatureKind::Drawn, u"drawn", nullptr},
    });
    return table;
}

const EnumTable<ActaStatus> &enumTable(ActaStatus)
{
    static const EnumTable<ActaStatus> table("taller::Actas", {
        {ActaStatus::Draft, u"draft", QT_TRANSLATE_NOOP("taller::Actas", "Draft")},
        {ActaStatus::Closed, u"closed", QT_TRANSLATE_NOOP("taller::Actas", "Closed for signature")},
        {ActaStatus::Signed, u"signed", QT_TRANSLATE_NOOP("taller::Actas", "Signed")},
    });
    return table;
}

// The process: initiatives, stages, decisions

// The labels as the ficha words them ("Nombre de la Actividad").
const EnumTable<FichaField> &enumTable(FichaField)
{
    static const EnumTable<FichaField> table("taller::Initiatives", {
        {FichaField::Activity, u"activity", QT_TRANSLATE_NOOP("taller::Initiatives", "Name of the activity")},
        {FichaField::Description, u"description", QT_TRANSLATE_NOOP("taller::Initiatives", "Description of the activity")},
        {FichaField::Scope, u"scope", QT_TRANSLATE_NOOP("taller::Initiatives", "Scope of intervention")},
        {FichaField::ExpectedResults, u"expected_results", QT_TRANSLATE_NOOP("taller::Initiatives", "Expected results")},
        {FichaField::DevelopmentPlanObjective, u"development_plan_objective", QT_TRANSLATE_NOOP("taller::Initiatives", "Strategic objective of the Concerted Development Plan it contributes to")},
        {FichaField::InstitutionalPlanObjective, u"institutional_plan_objective", QT_TRANSLATE_NOOP("taller::Initiatives", "Strategic objective of the Institutional Strategic Plan it contributes to")},
        {FichaField::Indicator, u"indicator", QT_TRANSLATE_NOOP("taller::Initiatives", "Indicator measuring the activity")},
        {FichaField::Beneficiaries, u"beneficiaries", QT_TRANSLATE_NOOP("taller::Initiatives", "Population served (number and location)")},
        {FichaField::Budget, u"budget", QT_TRANSLATE_NOOP("taller::Initiatives", "Budget of the activity 2016 and 2017")},
        {FichaField::PhysicalTargetFirstYear, u"physical_target_2016", QT_TRANSLATE_NOOP("taller::Initiatives", "Physical target 2016")},
        {FichaField::PhysicalTargetSecondYear, u"physical_target_2017", QT_TRANSLATE_NOOP("taller::Initiatives", "Physical target 2017")},
        {FichaField::SocioEconomicImpact, u"socio_economic_impact", QT_TRANSLATE_NOOP("taller::Initiatives", "Socio-economic impact")},
        {FichaField::OpenGovernmentComponent, u"open_government_component", QT_TRANSLATE_NOOP("taller::Initiatives", "Proposed open-government component of the activity")},
    });
    return table;
}

const EnumTable<InitiativeStatus> &enumTable(InitiativeStatus)
{
    static const EnumTable<InitiativeStatus> table("taller::Initiatives", {
        {InitiativeStatus::Proposed, u"proposed", QT_TRANSLATE_NOOP("taller::Initiatives", "Proposed")},
        {InitiativeStatus::Advanced, u"advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Advanced")},
        {InitiativeStatus::NotAdvanced, u"not_advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Not advanced")},
        {InitiativeStatus::Merged, u"merged", QT_TRANSLATE_NOOP("taller::Initiatives", "Merged")},
        {InitiativeStatus::Selected, u"selected", QT_TRANSLATE_NOOP("taller::Initiatives", "Selected")},
    });
    return table;
}

const EnumTable<StageMethod> &enumTable(StageMethod)
{
    static const EnumTable<StageMethod> table("taller::Initiatives", {
        {StageMethod::Scores, u"scores", QT_TRANSLATE_NOOP("taller::Initiatives", "Weighted criteria, 1 to 5")},
        {StageMethod::Dots, u"dots", QT_TRANSLATE_NOOP("taller::Initiatives", "Dot voting")},
    });
    return table;
}

const EnumTable<DecisionKind> &enumTable(DecisionKind)
{
    static const EnumTable<DecisionKind> table("taller::Initiatives", {
        {DecisionKind::Entered, u"entered", QT_TRANSLATE_NOOP("taller::Initiatives", "Submitted")},
        {DecisionKind::Advanced, u"advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Advanced")},
        {DecisionKind::NotAdvanced, u"not_advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Not advanced")},
        {DecisionKind::Merged, u"merged", QT_TRANSLATE_NOOP("taller::Initiatives", "Merged")},
        {DecisionKind::Selected, u"selected", QT_TRANSLATE_NOOP("taller::Initiatives", "Selected as a commitment")},
    });
    return table;
}

// The process: deliverables

const EnumTable<DeliverableSource> &enumTable(DeliverableSource)
{
    static const EnumTable<DeliverableSource> table("taller::Deliverables", {
        {DeliverableSource::Manual, u"manual", QT_TRANSLATE_NOOP("taller::Deliverables", "Ticked by hand")},
        {DeliverableSource::Fichas, u"fichas", QT_TRANSLATE_NOOP("taller::Deliverables", "Counted from the fichas")},
        {DeliverableSource::Minutes, u"minutes", QT_TRANSLATE_NOOP("taller::Deliverables", "Counted from signed minutes")},
    });
    return table;
}

const EnumTable<OperationKind> &enumTable(OperationKind)
{
    static const EnumTable<OperationKind> table("taller::Operations", {
        {OperationKind::CheckIn, u"check_in", QT_TRANSLATE_NOOP("taller::Operations", "Check-in")},
        {OperationKind::UndoCheckIn, u"undo_check_in", QT_TRANSLATE_NOOP("taller::Operations", "Check-in undone")},
        {OperationKind::WalkIn, u"walk_in", QT_TRANSLATE_NOOP("taller::Operations", "Walk-in")},
        {OperationKind::UpdateAttendee, u"update_attendee", QT_TRANSLATE_NOOP("taller::Operations", "Correction")},
    });
    return table;
}

const EnumTable<OperationOutcome> &enumTable(OperationOutcome)
{
    static const EnumTable<OperationOutcome> table("taller::Operations", {
        {OperationOutcome::Applied, u"applied", QT_TRANSLATE_NOOP("taller::Operations", "Applied")},
        {OperationOutcome::Repeat, u"repeat", QT_TRANSLATE_NOOP("taller::Operations", "Repeat")},
        {OperationOutcome::SamePerson, u"same_person", QT_TRANSLATE_NOOP("taller::Operations", "Same person")},
        {OperationOutcome::Refused, u"refused", QT_TRANSLATE_NOOP("taller::Operations", "Refused")},
    });
    return table;
}

} // namespace taller
