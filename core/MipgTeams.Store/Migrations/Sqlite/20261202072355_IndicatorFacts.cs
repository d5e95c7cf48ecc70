using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipgTeams.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_Type_At",
                table: "ChangeRequestEvents");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ChangeRequestEvents",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcessCode",
                table: "ChangeRequestEvents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StepBusinessDays",
                table: "ChangeRequestEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TotalBusinessDays",
                table: "ChangeRequestEvents",
                type: "INTEGER",
                nullable: true);

            // Existing events take their request's kind and process; their business days are counted at start-up by
            // EventFactsBackfill (the Colombian calendar is code, not SQL).
            migrationBuilder.Sql(
                """
                UPDATE "ChangeRequestEvents" SET
                    "Kind" = (SELECT r."Kind" FROM "ChangeRequests" r WHERE r."Id" = "ChangeRequestEvents"."ChangeRequestId"),
                    "ProcessCode" = (SELECT r."ProcessCode" FROM "ChangeRequests" r WHERE r."Id" = "ChangeRequestEvents"."ChangeRequestId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_Type_At_FromStatus_StepBusinessDays_TotalBusinessDays_Kind_ProcessCode",
                table: "ChangeRequestEvents",
                columns: new[] { "Type", "At", "FromStatus", "StepBusinessDays", "TotalBusinessDays", "Kind", "ProcessCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_Type_At_FromStatus_StepBusinessDays_TotalBusinessDays_Kind_ProcessCode",
                table: "ChangeRequestEvents");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ChangeRequestEvents");

            migrationBuilder.DropColumn(
                name: "ProcessCode",
                table: "ChangeRequestEvents");

            migrationBuilder.DropColumn(
                name: "StepBusinessDays",
                table: "ChangeRequestEvents");

            migrationBuilder.DropColumn(
                name: "TotalBusinessDays",
                table: "ChangeRequestEvents");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_Type_At",
                table: "ChangeRequestEvents",
                columns: new[] { "Type", "At" });
        }
    }
}
