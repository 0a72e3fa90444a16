#pragma once

namespace taller {

// The pages of an open event, in the order of the day and of the sections
// list: one enumeration for the list, the pages shown and their undo lists
// (each page undoes its own steps).
enum class Page { Event, Programme, Registration, Mesas, Plenary, Acta, Process, Meetings, FollowUp };
constexpr int PageCount = 9;

} // namespace taller
