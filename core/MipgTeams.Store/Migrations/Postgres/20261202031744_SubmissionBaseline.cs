using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipgTeams.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SubmissionBaseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_At",
                table: "ChangeRequestEvents");

            migrationBuilder.AddColumn<string>(
                name: "BaseItemId",
                table: "ChangeRequests",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BaseTag",
                table: "ChangeRequests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_At_Type_ChangeRequestId_Version_FromSta~",
                table: "ChangeRequestEvents",
                columns: new[] { "At", "Type", "ChangeRequestId", "Version", "FromStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_Type_At",
                table: "ChangeRequestEvents",
                columns: new[] { "Type", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_At_Type_ChangeRequestId_Version_FromSta~",
                table: "ChangeRequestEvents");

            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_Type_At",
                table: "ChangeRequestEvents");

            migrationBuilder.DropColumn(
                name: "BaseItemId",
                table: "ChangeRequests");

            migrationBuilder.DropColumn(
                name: "BaseTag",
                table: "ChangeRequests");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_At",
                table: "ChangeRequestEvents",
                column: "At");
        }
    }
}
