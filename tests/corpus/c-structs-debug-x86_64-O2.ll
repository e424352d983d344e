; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { i64, [120 x i8], [8 x %struct.vec3], i32 }
%struct.vec3 = type { double, double, double }
%struct.pair = type { %struct.small, %struct.small }
%struct.small = type { i32, i16, i8 }
%struct.with_array = type { [33 x i32] }

@global_big = internal global %struct.big zeroinitializer, align 8, !dbg !0
@global_ptr = dso_local local_unnamed_addr global ptr @global_big, align 8, !dbg !5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @vec3_add(ptr dead_on_unwind noalias writable writeonly sret(%struct.vec3) align 8 captures(none) initializes((0, 24)) %0, ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %1, ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %2) local_unnamed_addr #0 !dbg !44 {
    #dbg_declare(ptr %1, !48, !DIExpression(), !51)
    #dbg_declare(ptr %2, !49, !DIExpression(), !52)
    #dbg_declare(ptr %0, !50, !DIExpression(), !53)
  %4 = load <2 x double>, ptr %1, align 8, !dbg !54, !tbaa !55
  %5 = load <2 x double>, ptr %2, align 8, !dbg !57, !tbaa !55
  %6 = fadd <2 x double> %4, %5, !dbg !58
  store <2 x double> %6, ptr %0, align 8, !dbg !59, !tbaa !55
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !60
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 16, !dbg !61
  %9 = load double, ptr %8, align 8, !dbg !61, !tbaa !62
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 16, !dbg !64
  %11 = load double, ptr %10, align 8, !dbg !64, !tbaa !62
  %12 = fadd double %9, %11, !dbg !65
  store double %12, ptr %7, align 8, !dbg !59, !tbaa !62
  ret void, !dbg !66
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @vec3_dot(ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %0, ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %1) local_unnamed_addr #1 !dbg !67 {
    #dbg_declare(ptr %0, !71, !DIExpression(), !73)
    #dbg_declare(ptr %1, !72, !DIExpression(), !74)
  %3 = load double, ptr %0, align 8, !dbg !75, !tbaa !76
  %4 = load double, ptr %1, align 8, !dbg !77, !tbaa !76
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !78
  %6 = load double, ptr %5, align 8, !dbg !78, !tbaa !79
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 8, !dbg !80
  %8 = load double, ptr %7, align 8, !dbg !80, !tbaa !79
  %9 = fmul double %6, %8, !dbg !81
  %10 = tail call double @llvm.fmuladd.f64(double %3, double %4, double %9), !dbg !82
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !83
  %12 = load double, ptr %11, align 8, !dbg !83, !tbaa !62
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 16, !dbg !84
  %14 = load double, ptr %13, align 8, !dbg !84, !tbaa !62
  %15 = tail call double @llvm.fmuladd.f64(double %12, double %14, double %10), !dbg !85
  ret double %15, !dbg !86
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @big_update(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 328)) %0, ptr noundef byval(%struct.big) align 8 captures(none) initializes((0, 8)) %1, i64 noundef %2) local_unnamed_addr #0 !dbg !87 {
    #dbg_declare(ptr %1, !91, !DIExpression(), !96)
    #dbg_value(i64 %2, !92, !DIExpression(), !97)
  store i64 %2, ptr %1, align 8, !dbg !98, !tbaa !99
  %4 = trunc i64 %2 to i32, !dbg !102
  %5 = and i32 %4, 31, !dbg !102
  %6 = shl nuw i32 1, %5, !dbg !102
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 320, !dbg !103
  %8 = load i32, ptr %7, align 8, !dbg !104, !tbaa !105
  %9 = or i32 %8, %6, !dbg !106
  store i32 %9, ptr %7, align 8, !dbg !107, !tbaa !105
    #dbg_value(i32 0, !93, !DIExpression(), !108)
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 128
    #dbg_value(i32 0, !93, !DIExpression(), !108)
    #dbg_value(i64 0, !93, !DIExpression(), !108)
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 152, !dbg !109
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 160, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 168, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 144, !dbg !113
  %15 = load double, ptr %14, align 8, !dbg !113
    #dbg_value(double %15, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %16 = load <2 x double>, ptr %11, align 8, !dbg !113
  %17 = load <2 x double>, ptr %10, align 8, !dbg !113
  %18 = fadd <2 x double> %16, %17, !dbg !114
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %18, ptr %10, align 8, !dbg !115, !tbaa !55
    #dbg_value(i64 1, !93, !DIExpression(), !108)
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 176, !dbg !109
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 184, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 192, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %22 = load <2 x double>, ptr %13, align 8, !dbg !113
  %23 = shufflevector <2 x double> %16, <2 x double> poison, <2 x i32> <i32 poison, i32 0>, !dbg !116
  %24 = insertelement <2 x double> %23, double %15, i64 0, !dbg !116
  %25 = fadd <2 x double> %22, %24, !dbg !116
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %25, ptr %14, align 8, !dbg !115, !tbaa !55
  %26 = load <2 x double>, ptr %20, align 8, !dbg !113
  %27 = shufflevector <2 x double> %16, <2 x double> %22, <2 x i32> <i32 1, i32 2>, !dbg !117
  %28 = fadd <2 x double> %26, %27, !dbg !117
  store <2 x double> %28, ptr %12, align 8, !dbg !118, !tbaa !55
    #dbg_value(i64 2, !93, !DIExpression(), !108)
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 200, !dbg !109
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 208, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %31 = getelementptr inbounds nuw i8, ptr %1, i64 216, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %32 = load <2 x double>, ptr %29, align 8, !dbg !113
  %33 = shufflevector <2 x double> %22, <2 x double> %26, <2 x i32> <i32 1, i32 2>, !dbg !119
  %34 = fadd <2 x double> %32, %33, !dbg !119
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %34, ptr %19, align 8, !dbg !120, !tbaa !55
    #dbg_value(i64 3, !93, !DIExpression(), !108)
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 224, !dbg !109
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 232, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 240, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %38 = load <2 x double>, ptr %31, align 8, !dbg !113
  %39 = shufflevector <2 x double> %26, <2 x double> %32, <2 x i32> <i32 1, i32 2>, !dbg !121
  %40 = fadd <2 x double> %38, %39, !dbg !121
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %40, ptr %21, align 8, !dbg !120, !tbaa !55
  %41 = load <2 x double>, ptr %36, align 8, !dbg !113
  %42 = shufflevector <2 x double> %32, <2 x double> %38, <2 x i32> <i32 1, i32 2>, !dbg !122
  %43 = fadd <2 x double> %41, %42, !dbg !122
  store <2 x double> %43, ptr %30, align 8, !dbg !123, !tbaa !55
    #dbg_value(i64 4, !93, !DIExpression(), !108)
  %44 = getelementptr inbounds nuw i8, ptr %1, i64 248, !dbg !109
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %45 = getelementptr inbounds nuw i8, ptr %1, i64 256, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %46 = getelementptr inbounds nuw i8, ptr %1, i64 264, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %47 = load <2 x double>, ptr %44, align 8, !dbg !113
  %48 = shufflevector <2 x double> %38, <2 x double> %41, <2 x i32> <i32 1, i32 2>, !dbg !124
  %49 = fadd <2 x double> %47, %48, !dbg !124
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %49, ptr %35, align 8, !dbg !125, !tbaa !55
    #dbg_value(i64 5, !93, !DIExpression(), !108)
  %50 = getelementptr inbounds nuw i8, ptr %1, i64 272, !dbg !109
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %51 = getelementptr inbounds nuw i8, ptr %1, i64 280, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %52 = getelementptr inbounds nuw i8, ptr %1, i64 288, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %53 = load <2 x double>, ptr %46, align 8, !dbg !113
  %54 = shufflevector <2 x double> %41, <2 x double> %47, <2 x i32> <i32 1, i32 2>, !dbg !126
  %55 = fadd <2 x double> %53, %54, !dbg !126
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %55, ptr %37, align 8, !dbg !125, !tbaa !55
  %56 = load <2 x double>, ptr %51, align 8, !dbg !113
  %57 = shufflevector <2 x double> %47, <2 x double> %53, <2 x i32> <i32 1, i32 2>, !dbg !127
  %58 = fadd <2 x double> %56, %57, !dbg !127
  store <2 x double> %58, ptr %45, align 8, !dbg !128, !tbaa !55
    #dbg_value(i64 6, !93, !DIExpression(), !108)
  %59 = getelementptr inbounds nuw i8, ptr %1, i64 296, !dbg !109
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
  %60 = getelementptr inbounds nuw i8, ptr %1, i64 304, !dbg !113
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %61 = getelementptr inbounds nuw i8, ptr %1, i64 312, !dbg !113
  %62 = load double, ptr %61, align 8, !dbg !113
    #dbg_value(double %62, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %63 = load <2 x double>, ptr %59, align 8, !dbg !113
  %64 = shufflevector <2 x double> %53, <2 x double> %56, <2 x i32> <i32 1, i32 2>, !dbg !129
  %65 = fadd <2 x double> %63, %64, !dbg !129
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %65, ptr %50, align 8, !dbg !130, !tbaa !55
    #dbg_value(i64 7, !93, !DIExpression(), !108)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
    #dbg_value(double %62, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !111)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !111)
  %66 = shufflevector <2 x double> %18, <2 x double> poison, <2 x i32> <i32 poison, i32 0>, !dbg !131
  %67 = insertelement <2 x double> %66, double %62, i64 0, !dbg !131
  %68 = shufflevector <2 x double> %56, <2 x double> %63, <2 x i32> <i32 1, i32 2>, !dbg !131
  %69 = fadd <2 x double> %67, %68, !dbg !131
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !111)
  store <2 x double> %69, ptr %52, align 8, !dbg !130, !tbaa !55
  %70 = shufflevector <2 x double> %18, <2 x double> %25, <2 x i32> <i32 1, i32 2>, !dbg !132
  %71 = shufflevector <2 x double> %63, <2 x double> poison, <2 x i32> <i32 1, i32 poison>, !dbg !132
  %72 = insertelement <2 x double> %71, double %62, i64 1, !dbg !132
  %73 = fadd <2 x double> %70, %72, !dbg !132
  store <2 x double> %73, ptr %60, align 8, !dbg !133, !tbaa !55
    #dbg_value(i64 8, !93, !DIExpression(), !108)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) %0, ptr noundef nonnull align 8 dereferenceable(328) %1, i64 328, i1 false), !dbg !134, !tbaa.struct !135
  ret void, !dbg !138
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @big_store(ptr noundef readonly captures(none) %0) local_unnamed_addr #5 !dbg !139 {
    #dbg_value(ptr %0, !145, !DIExpression(), !146)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) @global_big, ptr noundef nonnull align 8 dereferenceable(328) %0, i64 328, i1 false), !dbg !147, !tbaa.struct !135
  ret void, !dbg !148
}

; Function Attrs: nounwind uwtable
define dso_local void @big_roundtrip(i64 noundef %0) local_unnamed_addr #6 !dbg !149 {
    #dbg_declare(ptr poison, !91, !DIExpression(DW_OP_LLVM_fragment, 64, 960), !156)
    #dbg_assign(i1 poison, !154, !DIExpression(DW_OP_LLVM_fragment, 64, 960), !158, ptr poison, !DIExpression(), !159)
  %2 = alloca %struct.big, align 8, !DIAssignID !160
    #dbg_assign(i1 poison, !155, !DIExpression(), !160, ptr %2, !DIExpression(), !159)
    #dbg_value(i64 %0, !153, !DIExpression(), !159)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8, !dbg !161
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #11, !dbg !162
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(120) %3, ptr noundef nonnull align 8 dereferenceable(120) getelementptr inbounds nuw (i8, ptr @global_big, i64 8), i64 120, i1 false), !dbg !163, !DIAssignID !164
  %4 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 144), align 8, !dbg !163
  %5 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 312), align 8, !dbg !163, !tbaa !137
  %6 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 320), align 8, !dbg !163, !tbaa !40
  %7 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 324), align 4, !dbg !163
    #dbg_value(i64 poison, !154, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !159)
    #dbg_assign(i1 poison, !154, !DIExpression(DW_OP_LLVM_fragment, 64, 960), !164, ptr poison, !DIExpression(), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1024, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !159)
    #dbg_value(double %4, !154, !DIExpression(DW_OP_LLVM_fragment, 1152, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1216, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1280, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1344, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1536, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1600, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1664, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1728, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1792, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1856, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1920, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 1984, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 2048, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 2112, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 2176, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 2240, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 2368, 64), !159)
    #dbg_value(double poison, !154, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !159)
    #dbg_value(double %5, !154, !DIExpression(DW_OP_LLVM_fragment, 2496, 64), !159)
    #dbg_value(i32 %6, !154, !DIExpression(DW_OP_LLVM_fragment, 2560, 32), !159)
    #dbg_value(i32 %7, !154, !DIExpression(DW_OP_LLVM_fragment, 2592, 32), !159)
    #dbg_value(i64 poison, !91, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1024, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !165)
    #dbg_value(double %4, !91, !DIExpression(DW_OP_LLVM_fragment, 1152, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1216, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1280, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1344, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1536, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1600, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1664, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1728, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1792, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1856, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1920, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1984, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2048, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2112, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2176, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2240, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2368, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !165)
    #dbg_value(double %5, !91, !DIExpression(DW_OP_LLVM_fragment, 2496, 64), !165)
    #dbg_value(i32 %6, !91, !DIExpression(DW_OP_LLVM_fragment, 2560, 32), !165)
    #dbg_value(i32 %7, !91, !DIExpression(DW_OP_LLVM_fragment, 2592, 32), !165)
    #dbg_value(i64 %0, !92, !DIExpression(), !165)
    #dbg_value(i64 %0, !91, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !165)
  %8 = trunc i64 %0 to i32, !dbg !166
  %9 = and i32 %8, 31, !dbg !166
  %10 = shl nuw i32 1, %9, !dbg !166
  %11 = or i32 %6, %10, !dbg !167
    #dbg_value(i32 %11, !91, !DIExpression(DW_OP_LLVM_fragment, 2560, 32), !165)
    #dbg_value(i64 0, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double %4, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1024, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1152, 64), !165)
    #dbg_value(i64 1, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1216, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1280, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1344, 64), !165)
    #dbg_value(i64 2, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1536, 64), !165)
    #dbg_value(i64 3, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1600, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1664, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1728, 64), !165)
    #dbg_value(i64 4, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1792, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1856, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1920, 64), !165)
    #dbg_value(i64 5, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 1984, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2048, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2112, 64), !165)
    #dbg_value(i64 6, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double %5, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2176, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2240, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !165)
    #dbg_value(i64 7, !93, !DIExpression(), !168)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !48, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double %5, !48, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !169)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !169)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2368, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !165)
    #dbg_value(double poison, !91, !DIExpression(DW_OP_LLVM_fragment, 2496, 64), !165)
    #dbg_value(i64 8, !93, !DIExpression(), !168)
  store i64 %0, ptr %2, align 8, !dbg !161, !tbaa !136, !DIAssignID !171
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 128, !dbg !161
  %13 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 128), align 8, !dbg !163
  %14 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 152), align 8, !dbg !163
  %15 = fadd <2 x double> %13, %14, !dbg !172
  store <2 x double> %15, ptr %12, align 8, !dbg !161, !DIAssignID !173
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 144, !dbg !161
  %17 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 168), align 8, !dbg !163
  %18 = shufflevector <2 x double> %14, <2 x double> poison, <2 x i32> <i32 poison, i32 0>, !dbg !174
  %19 = insertelement <2 x double> %18, double %4, i64 0, !dbg !174
  %20 = fadd <2 x double> %19, %17, !dbg !174
  store <2 x double> %20, ptr %16, align 8, !dbg !161, !DIAssignID !175
  %21 = getelementptr inbounds nuw i8, ptr %2, i64 160, !dbg !161
  %22 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 184), align 8, !dbg !163
  %23 = shufflevector <2 x double> %14, <2 x double> %17, <2 x i32> <i32 1, i32 2>, !dbg !176
  %24 = fadd <2 x double> %23, %22, !dbg !176
  store <2 x double> %24, ptr %21, align 8, !dbg !161, !DIAssignID !177
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 176, !dbg !161
  %26 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 200), align 8, !dbg !163
  %27 = shufflevector <2 x double> %17, <2 x double> %22, <2 x i32> <i32 1, i32 2>, !dbg !178
  %28 = fadd <2 x double> %27, %26, !dbg !178
  store <2 x double> %28, ptr %25, align 8, !dbg !161, !DIAssignID !179
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 192, !dbg !161
  %30 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 216), align 8, !dbg !163
  %31 = shufflevector <2 x double> %22, <2 x double> %26, <2 x i32> <i32 1, i32 2>, !dbg !180
  %32 = fadd <2 x double> %31, %30, !dbg !180
  store <2 x double> %32, ptr %29, align 8, !dbg !161, !DIAssignID !181
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 208, !dbg !161
  %34 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 232), align 8, !dbg !163
  %35 = shufflevector <2 x double> %26, <2 x double> %30, <2 x i32> <i32 1, i32 2>, !dbg !182
  %36 = fadd <2 x double> %35, %34, !dbg !182
  store <2 x double> %36, ptr %33, align 8, !dbg !161, !DIAssignID !183
  %37 = getelementptr inbounds nuw i8, ptr %2, i64 224, !dbg !161
  %38 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 248), align 8, !dbg !163
  %39 = shufflevector <2 x double> %30, <2 x double> %34, <2 x i32> <i32 1, i32 2>, !dbg !184
  %40 = fadd <2 x double> %39, %38, !dbg !184
  store <2 x double> %40, ptr %37, align 8, !dbg !161, !DIAssignID !185
  %41 = getelementptr inbounds nuw i8, ptr %2, i64 240, !dbg !161
  %42 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 264), align 8, !dbg !163
  %43 = shufflevector <2 x double> %34, <2 x double> %38, <2 x i32> <i32 1, i32 2>, !dbg !186
  %44 = fadd <2 x double> %43, %42, !dbg !186
  store <2 x double> %44, ptr %41, align 8, !dbg !161, !DIAssignID !187
  %45 = getelementptr inbounds nuw i8, ptr %2, i64 256, !dbg !161
  %46 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 280), align 8, !dbg !163
  %47 = shufflevector <2 x double> %38, <2 x double> %42, <2 x i32> <i32 1, i32 2>, !dbg !188
  %48 = fadd <2 x double> %47, %46, !dbg !188
  store <2 x double> %48, ptr %45, align 8, !dbg !161, !DIAssignID !189
  %49 = getelementptr inbounds nuw i8, ptr %2, i64 272, !dbg !161
  %50 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 296), align 8, !dbg !163
  %51 = shufflevector <2 x double> %42, <2 x double> %46, <2 x i32> <i32 1, i32 2>, !dbg !190
  %52 = fadd <2 x double> %51, %50, !dbg !190
  store <2 x double> %52, ptr %49, align 8, !dbg !161, !DIAssignID !191
  %53 = getelementptr inbounds nuw i8, ptr %2, i64 288, !dbg !161
  %54 = shufflevector <2 x double> %46, <2 x double> %15, <2 x i32> <i32 1, i32 2>, !dbg !192
  %55 = shufflevector <2 x double> %50, <2 x double> poison, <2 x i32> <i32 1, i32 0>, !dbg !193
  %56 = insertelement <2 x double> %55, double %5, i64 0, !dbg !192
  %57 = fadd <2 x double> %54, %56, !dbg !192
  store <2 x double> %57, ptr %53, align 8, !dbg !161, !DIAssignID !194
  %58 = getelementptr inbounds nuw i8, ptr %2, i64 304, !dbg !161
  %59 = shufflevector <2 x double> %15, <2 x double> %20, <2 x i32> <i32 1, i32 2>, !dbg !193
  %60 = insertelement <2 x double> %55, double %5, i64 1, !dbg !193
  %61 = fadd <2 x double> %59, %60, !dbg !193
  store <2 x double> %61, ptr %58, align 8, !dbg !161, !DIAssignID !195
  %62 = getelementptr inbounds nuw i8, ptr %2, i64 320, !dbg !161
  store i32 %11, ptr %62, align 8, !dbg !161, !tbaa !40, !DIAssignID !196
  %63 = getelementptr inbounds nuw i8, ptr %2, i64 324, !dbg !161
  store i32 %7, ptr %63, align 4, !dbg !161, !DIAssignID !197
    #dbg_assign(i64 %0, !155, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !171, ptr %2, !DIExpression(), !159)
    #dbg_assign(i1 poison, !155, !DIExpression(DW_OP_LLVM_fragment, 64, 960), !198, ptr %3, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1024, 64), !173, ptr %12, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !173, ptr %2, !DIExpression(DW_OP_plus_uconst, 136), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1152, 64), !175, ptr %16, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1216, 64), !175, ptr %2, !DIExpression(DW_OP_plus_uconst, 152), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1280, 64), !177, ptr %21, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1344, 64), !177, ptr %2, !DIExpression(DW_OP_plus_uconst, 168), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !179, ptr %25, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !179, ptr %2, !DIExpression(DW_OP_plus_uconst, 184), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1536, 64), !181, ptr %29, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1600, 64), !181, ptr %2, !DIExpression(DW_OP_plus_uconst, 200), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1664, 64), !183, ptr %33, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1728, 64), !183, ptr %2, !DIExpression(DW_OP_plus_uconst, 216), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1792, 64), !185, ptr %37, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1856, 64), !185, ptr %2, !DIExpression(DW_OP_plus_uconst, 232), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1920, 64), !187, ptr %41, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 1984, 64), !187, ptr %2, !DIExpression(DW_OP_plus_uconst, 248), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2048, 64), !189, ptr %45, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2112, 64), !189, ptr %2, !DIExpression(DW_OP_plus_uconst, 264), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2176, 64), !191, ptr %49, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2240, 64), !191, ptr %2, !DIExpression(DW_OP_plus_uconst, 280), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !194, ptr %53, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2368, 64), !194, ptr %2, !DIExpression(DW_OP_plus_uconst, 296), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !195, ptr %58, !DIExpression(), !159)
    #dbg_assign(double poison, !155, !DIExpression(DW_OP_LLVM_fragment, 2496, 64), !195, ptr %2, !DIExpression(DW_OP_plus_uconst, 312), !159)
    #dbg_assign(i32 %11, !155, !DIExpression(DW_OP_LLVM_fragment, 2560, 32), !196, ptr %62, !DIExpression(), !159)
    #dbg_assign(i32 %7, !155, !DIExpression(DW_OP_LLVM_fragment, 2592, 32), !197, ptr %63, !DIExpression(), !159)
  call void @sink(ptr noundef nonnull %2, i64 noundef 328) #11, !dbg !199
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #11, !dbg !200
  ret void, !dbg !201
}

declare !dbg !202 void @sink(ptr noundef, i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i64 } @pair_swap(i64 %0, i64 %1) local_unnamed_addr #8 !dbg !211 {
    #dbg_value(i64 %0, !229, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !231)
    #dbg_value(i64 %1, !229, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !231)
    #dbg_value(i64 %1, !230, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !231)
    #dbg_value(i64 %0, !230, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !231)
  %3 = insertvalue { i64, i64 } poison, i64 %1, 0, !dbg !232
  %4 = insertvalue { i64, i64 } %3, i64 %0, 1, !dbg !232
  ret { i64, i64 } %4, !dbg !233
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @small_sum(i64 %0) local_unnamed_addr #8 !dbg !234 {
  %2 = trunc i64 %0 to i32
  %3 = lshr i64 %0, 32
  %4 = trunc i64 %3 to i16
  %5 = lshr i64 %0, 48
  %6 = trunc i64 %5 to i8
    #dbg_value(i32 %2, !238, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !239)
    #dbg_value(i16 %4, !238, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !239)
    #dbg_value(i8 %6, !238, !DIExpression(DW_OP_LLVM_fragment, 48, 8), !239)
    #dbg_value(i64 %0, !238, !DIExpression(DW_OP_constu, 56, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 56, 8), !239)
  %7 = sext i16 %4 to i32, !dbg !240
  %8 = add nsw i32 %7, %2, !dbg !241
  %9 = sext i8 %6 to i32, !dbg !242
  %10 = add nsw i32 %8, %9, !dbg !243
  ret i32 %10, !dbg !244
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @pair_total(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #9 !dbg !245 {
    #dbg_value(ptr %0, !250, !DIExpression(), !258)
    #dbg_value(i32 %1, !251, !DIExpression(), !258)
    #dbg_value(i32 0, !252, !DIExpression(), !258)
    #dbg_value(i32 0, !253, !DIExpression(), !259)
  %3 = icmp sgt i32 %1, 0, !dbg !260
  br i1 %3, label %4, label %6, !dbg !261

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !262
  br label %8, !dbg !263

6:                                                ; preds = %8, %2
  %7 = phi i32 [ 0, %2 ], [ %34, %8 ], !dbg !258
  ret i32 %7, !dbg !264

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %35, %8 ]
  %10 = phi i32 [ 0, %4 ], [ %34, %8 ]
    #dbg_value(i32 %10, !252, !DIExpression(), !258)
    #dbg_value(i64 %9, !253, !DIExpression(), !259)
  %11 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %9, !dbg !265
  %12 = load i64, ptr %11, align 4, !dbg !266
  %13 = getelementptr inbounds nuw i8, ptr %11, i64 8, !dbg !266
  %14 = load i64, ptr %13, align 4, !dbg !266
    #dbg_value(i64 %14, !255, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !267)
    #dbg_value(i64 %12, !255, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !267)
  %15 = trunc i64 %14 to i32
  %16 = lshr i64 %14, 32
  %17 = trunc i64 %16 to i16
  %18 = lshr i64 %14, 48
  %19 = trunc i64 %18 to i8
    #dbg_value(i32 %15, !238, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !268)
    #dbg_value(i16 %17, !238, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !268)
    #dbg_value(i8 %19, !238, !DIExpression(DW_OP_LLVM_fragment, 48, 8), !268)
    #dbg_value(i64 %14, !238, !DIExpression(DW_OP_constu, 56, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 56, 8), !268)
  %20 = sext i16 %17 to i32, !dbg !270
  %21 = sext i8 %19 to i32, !dbg !271
  %22 = trunc i64 %12 to i32
  %23 = lshr i64 %12, 32
  %24 = trunc i64 %23 to i16
  %25 = lshr i64 %12, 48
  %26 = trunc i64 %25 to i8
    #dbg_value(i32 %22, !238, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !272)
    #dbg_value(i16 %24, !238, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !272)
    #dbg_value(i8 %26, !238, !DIExpression(DW_OP_LLVM_fragment, 48, 8), !272)
    #dbg_value(i64 %12, !238, !DIExpression(DW_OP_constu, 56, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 56, 8), !272)
  %27 = sext i16 %24 to i32, !dbg !274
  %28 = sext i8 %26 to i32, !dbg !275
  %29 = add i32 %10, %15, !dbg !276
  %30 = add i32 %22, %27, !dbg !276
  %31 = add i32 %30, %28, !dbg !277
  %32 = sub i32 %29, %31, !dbg !277
  %33 = add i32 %32, %20, !dbg !278
  %34 = add i32 %33, %21, !dbg !279
    #dbg_value(i32 %34, !252, !DIExpression(), !258)
  %35 = add nuw nsw i64 %9, 1, !dbg !280
    #dbg_value(i64 %35, !253, !DIExpression(), !259)
  %36 = icmp eq i64 %35, %5, !dbg !262
  br i1 %36, label %6, label %8, !dbg !281, !llvm.loop !282
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable writeonly sret(%struct.with_array) align 4 captures(none) %0, ptr noundef byval(%struct.with_array) align 8 captures(none) %1, i32 noundef %2) local_unnamed_addr #10 !dbg !285 {
    #dbg_declare(ptr %1, !295, !DIExpression(), !299)
    #dbg_value(i32 %2, !296, !DIExpression(), !300)
    #dbg_value(i32 0, !297, !DIExpression(), !301)
  %4 = insertelement <4 x i32> poison, i32 %2, i64 0
  %5 = shufflevector <4 x i32> %4, <4 x i32> poison, <4 x i32> zeroinitializer
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 16, !dbg !302
  %7 = load <4 x i32>, ptr %1, align 8, !dbg !302, !tbaa !40
  %8 = load <4 x i32>, ptr %6, align 8, !dbg !302, !tbaa !40
  %9 = mul nsw <4 x i32> %7, %5, !dbg !304
  %10 = mul nsw <4 x i32> %8, %5, !dbg !304
  store <4 x i32> %9, ptr %1, align 8, !dbg !305, !tbaa !40
  store <4 x i32> %10, ptr %6, align 8, !dbg !305, !tbaa !40
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !306
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 48, !dbg !302
  %13 = load <4 x i32>, ptr %11, align 8, !dbg !302, !tbaa !40
  %14 = load <4 x i32>, ptr %12, align 8, !dbg !302, !tbaa !40
  %15 = mul nsw <4 x i32> %13, %5, !dbg !307
  %16 = mul nsw <4 x i32> %14, %5, !dbg !307
  store <4 x i32> %15, ptr %11, align 8, !dbg !308, !tbaa !40
  store <4 x i32> %16, ptr %12, align 8, !dbg !308, !tbaa !40
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 64, !dbg !306
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 80, !dbg !302
  %19 = load <4 x i32>, ptr %17, align 8, !dbg !302, !tbaa !40
  %20 = load <4 x i32>, ptr %18, align 8, !dbg !302, !tbaa !40
  %21 = mul nsw <4 x i32> %19, %5, !dbg !309
  %22 = mul nsw <4 x i32> %20, %5, !dbg !309
  store <4 x i32> %21, ptr %17, align 8, !dbg !310, !tbaa !40
  store <4 x i32> %22, ptr %18, align 8, !dbg !310, !tbaa !40
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 96, !dbg !306
  %24 = getelementptr inbounds nuw i8, ptr %1, i64 112, !dbg !302
  %25 = load <4 x i32>, ptr %23, align 8, !dbg !302, !tbaa !40
  %26 = load <4 x i32>, ptr %24, align 8, !dbg !302, !tbaa !40
  %27 = mul nsw <4 x i32> %25, %5, !dbg !311
  %28 = mul nsw <4 x i32> %26, %5, !dbg !311
  store <4 x i32> %27, ptr %23, align 8, !dbg !312, !tbaa !40
  store <4 x i32> %28, ptr %24, align 8, !dbg !312, !tbaa !40
    #dbg_value(i64 32, !297, !DIExpression(), !301)
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 128, !dbg !306
  %30 = load i32, ptr %29, align 8, !dbg !302, !tbaa !40
  %31 = mul nsw i32 %30, %2, !dbg !304
  store i32 %31, ptr %29, align 8, !dbg !305, !tbaa !40
    #dbg_value(i64 33, !297, !DIExpression(), !301)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 8 dereferenceable(132) %1, i64 132, i1 false), !dbg !313, !tbaa.struct !314
  ret void, !dbg !315
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @array_copy_chain(ptr noundef writeonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #10 !dbg !316 {
    #dbg_value(ptr %0, !323, !DIExpression(), !326)
    #dbg_value(ptr %1, !324, !DIExpression(), !326)
    #dbg_value(i32 %2, !325, !DIExpression(), !326)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !329)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !329)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !329)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !329)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !329)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !329)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !329)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(<4 x i32> poison, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !329)
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 128, !dbg !331
  %5 = load i32, ptr %4, align 4, !dbg !331
    #dbg_value(i32 %5, !295, !DIExpression(DW_OP_LLVM_fragment, 1024, 32), !327)
    #dbg_value(i32 %5, !295, !DIExpression(DW_OP_LLVM_fragment, 1024, 32), !329)
    #dbg_value(i32 %2, !296, !DIExpression(), !327)
    #dbg_value(i32 0, !297, !DIExpression(), !332)
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 112, !dbg !331
  %7 = load <4 x i32>, ptr %6, align 4, !dbg !331
    #dbg_value(<4 x i32> %7, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(<4 x i32> %7, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !329)
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 96, !dbg !331
  %9 = load <4 x i32>, ptr %8, align 4, !dbg !331
    #dbg_value(<4 x i32> %9, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(<4 x i32> %9, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !329)
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 80, !dbg !331
  %11 = load <4 x i32>, ptr %10, align 4, !dbg !331
    #dbg_value(<4 x i32> %11, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(<4 x i32> %11, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !329)
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 64, !dbg !331
  %13 = load <4 x i32>, ptr %12, align 4, !dbg !331
    #dbg_value(<4 x i32> %13, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(<4 x i32> %13, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !329)
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 48, !dbg !331
  %15 = load <4 x i32>, ptr %14, align 4, !dbg !331
    #dbg_value(<4 x i32> %15, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(<4 x i32> %15, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !329)
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !331
  %17 = load <4 x i32>, ptr %16, align 4, !dbg !331
    #dbg_value(<4 x i32> %17, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(<4 x i32> %17, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !329)
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 16, !dbg !331
  %19 = load <4 x i32>, ptr %18, align 4, !dbg !331
    #dbg_value(<4 x i32> %19, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(<4 x i32> %19, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !329)
  %20 = load <4 x i32>, ptr %1, align 4, !dbg !331
    #dbg_value(<4 x i32> %20, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !327)
    #dbg_value(<4 x i32> %20, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !329)
    #dbg_value(i64 32, !297, !DIExpression(), !332)
    #dbg_value(!DIArgList(i32 %5, i32 %2), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 1024, 32), !327)
    #dbg_value(!DIArgList(i32 %5, i32 %2), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 1024, 32), !329)
    #dbg_value(i64 33, !297, !DIExpression(), !332)
    #dbg_value(i32 %2, !296, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !329)
    #dbg_value(i32 0, !297, !DIExpression(), !333)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> poison, <4 x i32> poison), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !329)
  %21 = insertelement <4 x i32> poison, i32 %2, i64 0
  %22 = shufflevector <4 x i32> %21, <4 x i32> poison, <4 x i32> zeroinitializer
    #dbg_value(!DIArgList(<4 x i32> %7, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %7, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %9, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %9, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %11, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %11, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %13, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %13, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %15, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %15, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %17, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %17, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %19, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %19, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %20, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %20, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !327)
  %23 = mul nsw <4 x i32> %7, %22, !dbg !334
    #dbg_value(<4 x i32> %23, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(<4 x i32> %23, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !329)
  %24 = add nsw i32 %2, 1, !dbg !335
    #dbg_value(i32 %24, !296, !DIExpression(), !329)
  %25 = insertelement <4 x i32> poison, i32 %24, i64 0
  %26 = shufflevector <4 x i32> %25, <4 x i32> poison, <4 x i32> zeroinitializer
    #dbg_value(!DIArgList(<4 x i32> %23, <4 x i32> %26), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %23, <4 x i32> %26), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %9, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %9, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 768, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %11, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %11, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 640, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %13, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %13, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 512, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %15, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %15, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 384, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %17, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %17, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 256, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %19, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %19, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 128, 128), !329)
    #dbg_value(!DIArgList(<4 x i32> %20, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !327)
    #dbg_value(!DIArgList(<4 x i32> %20, <4 x i32> %26, <4 x i32> %22), !295, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_LLVM_arg, 1, DW_OP_mul, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 128), !329)
  %27 = mul nsw <4 x i32> %23, %26, !dbg !336
    #dbg_value(<4 x i32> %27, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !327)
    #dbg_value(<4 x i32> %27, !295, !DIExpression(DW_OP_LLVM_fragment, 896, 128), !329)
  %28 = mul nsw <4 x i32> %9, %22, !dbg !334
    #dbg_value(<4 x i32> %28, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(<4 x i32> %28, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !329)
  %29 = mul nsw <4 x i32> %28, %26, !dbg !336
    #dbg_value(<4 x i32> %29, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !327)
    #dbg_value(<4 x i32> %29, !295, !DIExpression(DW_OP_LLVM_fragment, 768, 128), !329)
  %30 = mul nsw <4 x i32> %11, %22, !dbg !337
    #dbg_value(<4 x i32> %30, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(<4 x i32> %30, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !329)
  %31 = mul nsw <4 x i32> %30, %26, !dbg !338
    #dbg_value(<4 x i32> %31, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !327)
    #dbg_value(<4 x i32> %31, !295, !DIExpression(DW_OP_LLVM_fragment, 640, 128), !329)
  %32 = mul nsw <4 x i32> %13, %22, !dbg !337
    #dbg_value(<4 x i32> %32, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(<4 x i32> %32, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !329)
  %33 = mul nsw <4 x i32> %32, %26, !dbg !338
    #dbg_value(<4 x i32> %33, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !327)
    #dbg_value(<4 x i32> %33, !295, !DIExpression(DW_OP_LLVM_fragment, 512, 128), !329)
  %34 = mul nsw <4 x i32> %15, %22, !dbg !339
    #dbg_value(<4 x i32> %34, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(<4 x i32> %34, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !329)
  %35 = mul nsw <4 x i32> %34, %26, !dbg !340
    #dbg_value(<4 x i32> %35, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !327)
    #dbg_value(<4 x i32> %35, !295, !DIExpression(DW_OP_LLVM_fragment, 384, 128), !329)
  %36 = mul nsw <4 x i32> %17, %22, !dbg !339
    #dbg_value(<4 x i32> %36, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(<4 x i32> %36, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !329)
  %37 = mul nsw <4 x i32> %36, %26, !dbg !340
    #dbg_value(<4 x i32> %37, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !327)
    #dbg_value(<4 x i32> %37, !295, !DIExpression(DW_OP_LLVM_fragment, 256, 128), !329)
  %38 = mul nsw <4 x i32> %19, %22, !dbg !341
    #dbg_value(<4 x i32> %38, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(<4 x i32> %38, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !329)
  %39 = mul nsw <4 x i32> %38, %26, !dbg !342
    #dbg_value(<4 x i32> %39, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !327)
    #dbg_value(<4 x i32> %39, !295, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !329)
  %40 = mul nsw <4 x i32> %20, %22, !dbg !341
    #dbg_value(<4 x i32> %40, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !327)
    #dbg_value(<4 x i32> %40, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !329)
  %41 = mul nsw <4 x i32> %40, %26, !dbg !342
    #dbg_value(<4 x i32> %41, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !327)
    #dbg_value(<4 x i32> %41, !295, !DIExpression(DW_OP_LLVM_fragment, 0, 128), !329)
  %42 = mul nsw i32 %5, %2, !dbg !341
    #dbg_value(i32 %42, !295, !DIExpression(DW_OP_LLVM_fragment, 1024, 32), !327)
    #dbg_value(i32 %42, !295, !DIExpression(DW_OP_LLVM_fragment, 1024, 32), !329)
    #dbg_value(i64 32, !297, !DIExpression(), !333)
  %43 = mul nsw i32 %42, %24, !dbg !342
    #dbg_value(i32 %43, !295, !DIExpression(DW_OP_LLVM_fragment, 1024, 32), !327)
    #dbg_value(i32 %43, !295, !DIExpression(DW_OP_LLVM_fragment, 1024, 32), !329)
    #dbg_value(i64 33, !297, !DIExpression(), !333)
  store <4 x i32> %41, ptr %0, align 4, !dbg !343
  %44 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !343
  store <4 x i32> %39, ptr %44, align 4, !dbg !343
  %45 = getelementptr inbounds nuw i8, ptr %0, i64 32, !dbg !343
  store <4 x i32> %37, ptr %45, align 4, !dbg !343
  %46 = getelementptr inbounds nuw i8, ptr %0, i64 48, !dbg !343
  store <4 x i32> %35, ptr %46, align 4, !dbg !343
  %47 = getelementptr inbounds nuw i8, ptr %0, i64 64, !dbg !343
  store <4 x i32> %33, ptr %47, align 4, !dbg !343
  %48 = getelementptr inbounds nuw i8, ptr %0, i64 80, !dbg !343
  store <4 x i32> %31, ptr %48, align 4, !dbg !343
  %49 = getelementptr inbounds nuw i8, ptr %0, i64 96, !dbg !343
  store <4 x i32> %29, ptr %49, align 4, !dbg !343
  %50 = getelementptr inbounds nuw i8, ptr %0, i64 112, !dbg !343
  store <4 x i32> %27, ptr %50, align 4, !dbg !343
  %51 = getelementptr inbounds nuw i8, ptr %0, i64 128, !dbg !343
  store i32 %43, ptr %51, align 4, !dbg !343
  ret void, !dbg !344
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!32, !33, !34, !35, !36, !37, !38}
!llvm.ident = !{!39}
!llvm.errno.tbaa = !{!40}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "global_big", scope: !2, file: !3, line: 24, type: !8, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "structs.c", directory: ".", checksumkind: CSK_MD5, checksum: "2e6485aaad6bce4bd08085190aa1b154")
!4 = !{!5, !0}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "global_ptr", scope: !2, file: !3, line: 25, type: !7, isLocal: false, isDefinition: true)
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!8 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !3, line: 4, size: 2624, elements: !9)
!9 = !{!10, !14, !19, !29}
!10 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !8, file: !3, line: 4, baseType: !11, size: 64)
!11 = !DIDerivedType(tag: DW_TAG_typedef, name: "int64_t", file: !12, line: 100, baseType: !13)
!12 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/stdint.h", directory: "", checksumkind: CSK_MD5, checksum: "a47a6a6c7fcbc62776237de6abac9549")
!13 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !8, file: !3, line: 4, baseType: !15, size: 960, offset: 64)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 960, elements: !17)
!16 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!17 = !{!18}
!18 = !DISubrange(count: 120)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "pos", scope: !8, file: !3, line: 4, baseType: !20, size: 1536, offset: 1024)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !21, size: 1536, elements: !27)
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vec3", file: !3, line: 3, size: 192, elements: !22)
!22 = !{!23, !25, !26}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !21, file: !3, line: 3, baseType: !24, size: 64)
!24 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !21, file: !3, line: 3, baseType: !24, size: 64, offset: 64)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !21, file: !3, line: 3, baseType: !24, size: 64, offset: 128)
!27 = !{!28}
!28 = !DISubrange(count: 8)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !8, file: !3, line: 4, baseType: !30, size: 32, offset: 2560)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !12, line: 202, baseType: !31)
!31 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!32 = !{i32 7, !"Dwarf Version", i32 5}
!33 = !{i32 2, !"Debug Info Version", i32 3}
!34 = !{i32 1, !"wchar_size", i32 4}
!35 = !{i32 8, !"PIC Level", i32 2}
!36 = !{i32 7, !"PIE Level", i32 2}
!37 = !{i32 7, !"uwtable", i32 2}
!38 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!39 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!40 = !{!41, !41, i64 0}
!41 = !{!"int", !42, i64 0}
!42 = !{!"omnipotent char", !43, i64 0}
!43 = !{!"Simple C/C++ TBAA"}
!44 = distinct !DISubprogram(name: "vec3_add", scope: !3, file: !3, line: 8, type: !45, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !47, keyInstructions: true)
!45 = !DISubroutineType(types: !46)
!46 = !{!21, !21, !21}
!47 = !{!48, !49, !50}
!48 = !DILocalVariable(name: "a", arg: 1, scope: !44, file: !3, line: 8, type: !21)
!49 = !DILocalVariable(name: "b", arg: 2, scope: !44, file: !3, line: 8, type: !21)
!50 = !DILocalVariable(name: "r", scope: !44, file: !3, line: 9, type: !21)
!51 = !DILocation(line: 8, column: 34, scope: !44)
!52 = !DILocation(line: 8, column: 49, scope: !44)
!53 = !DILocation(line: 9, column: 15, scope: !44)
!54 = !DILocation(line: 9, column: 23, scope: !44)
!55 = !{!56, !56, i64 0}
!56 = !{!"double", !42, i64 0}
!57 = !DILocation(line: 9, column: 29, scope: !44)
!58 = !DILocation(line: 9, column: 25, scope: !44, atomGroup: 1, atomRank: 2)
!59 = !DILocation(line: 9, column: 19, scope: !44, atomGroup: 1, atomRank: 1)
!60 = !DILocation(line: 9, column: 19, scope: !44)
!61 = !DILocation(line: 9, column: 45, scope: !44)
!62 = !{!63, !56, i64 16}
!63 = !{!"vec3", !56, i64 0, !56, i64 8, !56, i64 16}
!64 = !DILocation(line: 9, column: 51, scope: !44)
!65 = !DILocation(line: 9, column: 47, scope: !44, atomGroup: 1, atomRank: 2)
!66 = !DILocation(line: 10, column: 3, scope: !44, atomGroup: 2, atomRank: 1)
!67 = distinct !DISubprogram(name: "vec3_dot", scope: !3, file: !3, line: 13, type: !68, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !70, keyInstructions: true)
!68 = !DISubroutineType(types: !69)
!69 = !{!24, !21, !21}
!70 = !{!71, !72}
!71 = !DILocalVariable(name: "a", arg: 1, scope: !67, file: !3, line: 13, type: !21)
!72 = !DILocalVariable(name: "b", arg: 2, scope: !67, file: !3, line: 13, type: !21)
!73 = !DILocation(line: 13, column: 29, scope: !67)
!74 = !DILocation(line: 13, column: 44, scope: !67)
!75 = !DILocation(line: 13, column: 58, scope: !67)
!76 = !{!63, !56, i64 0}
!77 = !DILocation(line: 13, column: 64, scope: !67)
!78 = !DILocation(line: 13, column: 70, scope: !67)
!79 = !{!63, !56, i64 8}
!80 = !DILocation(line: 13, column: 76, scope: !67)
!81 = !DILocation(line: 13, column: 72, scope: !67)
!82 = !DILocation(line: 13, column: 66, scope: !67)
!83 = !DILocation(line: 13, column: 82, scope: !67)
!84 = !DILocation(line: 13, column: 88, scope: !67)
!85 = !DILocation(line: 13, column: 78, scope: !67, atomGroup: 1, atomRank: 2)
!86 = !DILocation(line: 13, column: 49, scope: !67, atomGroup: 1, atomRank: 1)
!87 = distinct !DISubprogram(name: "big_update", scope: !3, file: !3, line: 16, type: !88, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !90, keyInstructions: true)
!88 = !DISubroutineType(types: !89)
!89 = !{!8, !8, !11}
!90 = !{!91, !92, !93}
!91 = !DILocalVariable(name: "b", arg: 1, scope: !87, file: !3, line: 16, type: !8)
!92 = !DILocalVariable(name: "id", arg: 2, scope: !87, file: !3, line: 16, type: !11)
!93 = !DILocalVariable(name: "i", scope: !94, file: !3, line: 19, type: !95)
!94 = distinct !DILexicalBlock(scope: !87, file: !3, line: 19, column: 3)
!95 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!96 = !DILocation(line: 16, column: 34, scope: !87)
!97 = !DILocation(line: 0, scope: !87)
!98 = !DILocation(line: 17, column: 8, scope: !87, atomGroup: 1, atomRank: 1)
!99 = !{!100, !101, i64 0}
!100 = !{!"big", !101, i64 0, !42, i64 8, !42, i64 128, !41, i64 320}
!101 = !{!"long", !42, i64 0}
!102 = !DILocation(line: 18, column: 17, scope: !87)
!103 = !DILocation(line: 18, column: 5, scope: !87)
!104 = !DILocation(line: 18, column: 11, scope: !87)
!105 = !{!100, !41, i64 320}
!106 = !DILocation(line: 18, column: 11, scope: !87, atomGroup: 2, atomRank: 2)
!107 = !DILocation(line: 18, column: 11, scope: !87, atomGroup: 2, atomRank: 1)
!108 = !DILocation(line: 0, scope: !94)
!109 = !DILocation(line: 20, column: 35, scope: !110)
!110 = distinct !DILexicalBlock(scope: !94, file: !3, line: 19, column: 3)
!111 = !DILocation(line: 0, scope: !44, inlinedAt: !112)
!112 = distinct !DILocation(line: 20, column: 16, scope: !110)
!113 = !DILocation(line: 9, column: 23, scope: !44, inlinedAt: !112)
!114 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !112, atomGroup: 1, atomRank: 2)
!115 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 6, atomRank: 1)
!116 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !112, atomGroup: 1, atomRank: 2)
!117 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !112, atomGroup: 13, atomRank: 2)
!118 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 14, atomRank: 1)
!119 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !112, atomGroup: 17, atomRank: 2)
!120 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 18, atomRank: 1)
!121 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !112, atomGroup: 17, atomRank: 2)
!122 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !112, atomGroup: 21, atomRank: 2)
!123 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 22, atomRank: 1)
!124 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !112, atomGroup: 25, atomRank: 2)
!125 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 26, atomRank: 1)
!126 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !112, atomGroup: 25, atomRank: 2)
!127 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !112, atomGroup: 29, atomRank: 2)
!128 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 30, atomRank: 1)
!129 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !112, atomGroup: 33, atomRank: 2)
!130 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 34, atomRank: 1)
!131 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !112, atomGroup: 33, atomRank: 2)
!132 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !112, atomGroup: 37, atomRank: 2)
!133 = !DILocation(line: 20, column: 16, scope: !110, atomGroup: 38, atomRank: 1)
!134 = !DILocation(line: 21, column: 10, scope: !87, atomGroup: 9, atomRank: 1)
!135 = !{i64 0, i64 8, !136, i64 8, i64 120, !137, i64 128, i64 192, !137, i64 320, i64 4, !40}
!136 = !{!101, !101, i64 0}
!137 = !{!42, !42, i64 0}
!138 = !DILocation(line: 21, column: 3, scope: !87, atomGroup: 9, atomRank: 1)
!139 = distinct !DISubprogram(name: "big_store", scope: !3, file: !3, line: 27, type: !140, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !144, keyInstructions: true)
!140 = !DISubroutineType(types: !141)
!141 = !{null, !142}
!142 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !143, size: 64)
!143 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!144 = !{!145}
!145 = !DILocalVariable(name: "src", arg: 1, scope: !139, file: !3, line: 27, type: !142)
!146 = !DILocation(line: 0, scope: !139)
!147 = !DILocation(line: 27, column: 54, scope: !139, atomGroup: 1, atomRank: 1)
!148 = !DILocation(line: 27, column: 60, scope: !139, atomGroup: 2, atomRank: 1)
!149 = distinct !DISubprogram(name: "big_roundtrip", scope: !3, file: !3, line: 29, type: !150, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !152, keyInstructions: true)
!150 = !DISubroutineType(types: !151)
!151 = !{null, !11}
!152 = !{!153, !154, !155}
!153 = !DILocalVariable(name: "id", arg: 1, scope: !149, file: !3, line: 29, type: !11)
!154 = !DILocalVariable(name: "local", scope: !149, file: !3, line: 30, type: !8)
!155 = !DILocalVariable(name: "out", scope: !149, file: !3, line: 31, type: !8)
!156 = !DILocation(line: 16, column: 34, scope: !87, inlinedAt: !157)
!157 = distinct !DILocation(line: 31, column: 20, scope: !149)
!158 = distinct !DIAssignID()
!159 = !DILocation(line: 0, scope: !149)
!160 = distinct !DIAssignID()
!161 = !DILocation(line: 21, column: 10, scope: !87, inlinedAt: !157, atomGroup: 9, atomRank: 1)
!162 = !DILocation(line: 31, column: 3, scope: !149)
!163 = !DILocation(line: 30, column: 22, scope: !149, atomGroup: 1, atomRank: 1)
!164 = distinct !DIAssignID()
!165 = !DILocation(line: 0, scope: !87, inlinedAt: !157)
!166 = !DILocation(line: 18, column: 17, scope: !87, inlinedAt: !157)
!167 = !DILocation(line: 18, column: 11, scope: !87, inlinedAt: !157, atomGroup: 2, atomRank: 2)
!168 = !DILocation(line: 0, scope: !94, inlinedAt: !157)
!169 = !DILocation(line: 0, scope: !44, inlinedAt: !170)
!170 = distinct !DILocation(line: 20, column: 16, scope: !110, inlinedAt: !157)
!171 = distinct !DIAssignID()
!172 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !170, atomGroup: 1, atomRank: 2)
!173 = distinct !DIAssignID()
!174 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !170, atomGroup: 1, atomRank: 2)
!175 = distinct !DIAssignID()
!176 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !170, atomGroup: 13, atomRank: 2)
!177 = distinct !DIAssignID()
!178 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !170, atomGroup: 17, atomRank: 2)
!179 = distinct !DIAssignID()
!180 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !170, atomGroup: 17, atomRank: 2)
!181 = distinct !DIAssignID()
!182 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !170, atomGroup: 21, atomRank: 2)
!183 = distinct !DIAssignID()
!184 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !170, atomGroup: 25, atomRank: 2)
!185 = distinct !DIAssignID()
!186 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !170, atomGroup: 25, atomRank: 2)
!187 = distinct !DIAssignID()
!188 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !170, atomGroup: 29, atomRank: 2)
!189 = distinct !DIAssignID()
!190 = !DILocation(line: 9, column: 25, scope: !44, inlinedAt: !170, atomGroup: 33, atomRank: 2)
!191 = distinct !DIAssignID()
!192 = !DILocation(line: 9, column: 47, scope: !44, inlinedAt: !170, atomGroup: 33, atomRank: 2)
!193 = !DILocation(line: 9, column: 36, scope: !44, inlinedAt: !170, atomGroup: 37, atomRank: 2)
!194 = distinct !DIAssignID()
!195 = distinct !DIAssignID()
!196 = distinct !DIAssignID()
!197 = distinct !DIAssignID()
!198 = distinct !DIAssignID()
!199 = !DILocation(line: 32, column: 3, scope: !149)
!200 = !DILocation(line: 33, column: 1, scope: !149)
!201 = !DILocation(line: 33, column: 1, scope: !149, atomGroup: 2, atomRank: 1)
!202 = !DISubprogram(name: "sink", scope: !203, file: !203, line: 28, type: !204, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!203 = !DIFile(filename: "./common.h", directory: ".", checksumkind: CSK_MD5, checksum: "f8428d9617751960c87137e9d7f682ec")
!204 = !DISubroutineType(types: !205)
!205 = !{null, !206, !208}
!206 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !207, size: 64)
!207 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!208 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !209, line: 18, baseType: !210)
!209 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!210 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!211 = distinct !DISubprogram(name: "pair_swap", scope: !3, file: !3, line: 35, type: !212, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !228, keyInstructions: true)
!212 = !DISubroutineType(types: !213)
!213 = !{!214, !214}
!214 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !3, line: 6, size: 128, elements: !215)
!215 = !{!216, !227}
!216 = !DIDerivedType(tag: DW_TAG_member, name: "lo", scope: !214, file: !3, line: 6, baseType: !217, size: 64)
!217 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "small", file: !3, line: 5, size: 64, elements: !218)
!218 = !{!219, !221, !224}
!219 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !217, file: !3, line: 5, baseType: !220, size: 32)
!220 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !12, line: 197, baseType: !95)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !217, file: !3, line: 5, baseType: !222, size: 16, offset: 32)
!222 = !DIDerivedType(tag: DW_TAG_typedef, name: "int16_t", file: !12, line: 245, baseType: !223)
!223 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !217, file: !3, line: 5, baseType: !225, size: 8, offset: 48)
!225 = !DIDerivedType(tag: DW_TAG_typedef, name: "int8_t", file: !12, line: 268, baseType: !226)
!226 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "hi", scope: !214, file: !3, line: 6, baseType: !217, size: 64, offset: 64)
!228 = !{!229, !230}
!229 = !DILocalVariable(name: "p", arg: 1, scope: !211, file: !3, line: 35, type: !214)
!230 = !DILocalVariable(name: "r", scope: !211, file: !3, line: 36, type: !214)
!231 = !DILocation(line: 0, scope: !211)
!232 = !DILocation(line: 37, column: 3, scope: !211, atomGroup: 2, atomRank: 2)
!233 = !DILocation(line: 37, column: 3, scope: !211, atomGroup: 2, atomRank: 1)
!234 = distinct !DISubprogram(name: "small_sum", scope: !3, file: !3, line: 40, type: !235, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !237, keyInstructions: true)
!235 = !DISubroutineType(types: !236)
!236 = !{!95, !217}
!237 = !{!238}
!238 = !DILocalVariable(name: "s", arg: 1, scope: !234, file: !3, line: 40, type: !217)
!239 = !DILocation(line: 0, scope: !234)
!240 = !DILocation(line: 40, column: 46, scope: !234)
!241 = !DILocation(line: 40, column: 44, scope: !234)
!242 = !DILocation(line: 40, column: 52, scope: !234)
!243 = !DILocation(line: 40, column: 50, scope: !234, atomGroup: 1, atomRank: 2)
!244 = !DILocation(line: 40, column: 33, scope: !234, atomGroup: 1, atomRank: 1)
!245 = distinct !DISubprogram(name: "pair_total", scope: !3, file: !3, line: 42, type: !246, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !249, keyInstructions: true)
!246 = !DISubroutineType(types: !247)
!247 = !{!95, !248, !95}
!248 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !214, size: 64)
!249 = !{!250, !251, !252, !253, !255}
!250 = !DILocalVariable(name: "ps", arg: 1, scope: !245, file: !3, line: 42, type: !248)
!251 = !DILocalVariable(name: "n", arg: 2, scope: !245, file: !3, line: 42, type: !95)
!252 = !DILocalVariable(name: "t", scope: !245, file: !3, line: 43, type: !95)
!253 = !DILocalVariable(name: "i", scope: !254, file: !3, line: 44, type: !95)
!254 = distinct !DILexicalBlock(scope: !245, file: !3, line: 44, column: 3)
!255 = !DILocalVariable(name: "q", scope: !256, file: !3, line: 45, type: !214)
!256 = distinct !DILexicalBlock(scope: !257, file: !3, line: 44, column: 31)
!257 = distinct !DILexicalBlock(scope: !254, file: !3, line: 44, column: 3)
!258 = !DILocation(line: 0, scope: !245)
!259 = !DILocation(line: 0, scope: !254)
!260 = !DILocation(line: 44, column: 21, scope: !257, atomGroup: 41, atomRank: 1)
!261 = !DILocation(line: 44, column: 3, scope: !254, atomGroup: 42, atomRank: 1)
!262 = !DILocation(line: 44, column: 21, scope: !257, atomGroup: 3, atomRank: 1)
!263 = !DILocation(line: 44, column: 3, scope: !254)
!264 = !DILocation(line: 48, column: 3, scope: !245, atomGroup: 10, atomRank: 1)
!265 = !DILocation(line: 45, column: 31, scope: !256)
!266 = !DILocation(line: 45, column: 21, scope: !256)
!267 = !DILocation(line: 0, scope: !256)
!268 = !DILocation(line: 0, scope: !234, inlinedAt: !269)
!269 = distinct !DILocation(line: 46, column: 10, scope: !256)
!270 = !DILocation(line: 40, column: 46, scope: !234, inlinedAt: !269)
!271 = !DILocation(line: 40, column: 52, scope: !234, inlinedAt: !269)
!272 = !DILocation(line: 0, scope: !234, inlinedAt: !273)
!273 = distinct !DILocation(line: 46, column: 28, scope: !256)
!274 = !DILocation(line: 40, column: 46, scope: !234, inlinedAt: !273)
!275 = !DILocation(line: 40, column: 52, scope: !234, inlinedAt: !273)
!276 = !DILocation(line: 40, column: 44, scope: !234, inlinedAt: !269)
!277 = !DILocation(line: 40, column: 50, scope: !234, inlinedAt: !269, atomGroup: 1, atomRank: 2)
!278 = !DILocation(line: 46, column: 26, scope: !256)
!279 = !DILocation(line: 46, column: 7, scope: !256, atomGroup: 6, atomRank: 2)
!280 = !DILocation(line: 44, column: 27, scope: !257, atomGroup: 7, atomRank: 2)
!281 = !DILocation(line: 44, column: 3, scope: !254, atomGroup: 4, atomRank: 1)
!282 = distinct !{!282, !263, !283, !284}
!283 = !DILocation(line: 47, column: 3, scope: !254)
!284 = !{!"llvm.loop.mustprogress"}
!285 = distinct !DISubprogram(name: "array_by_value", scope: !3, file: !3, line: 52, type: !286, scopeLine: 52, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !294, keyInstructions: true)
!286 = !DISubroutineType(types: !287)
!287 = !{!288, !288, !95}
!288 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "with_array", file: !3, line: 51, size: 1056, elements: !289)
!289 = !{!290}
!290 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !288, file: !3, line: 51, baseType: !291, size: 1056)
!291 = !DICompositeType(tag: DW_TAG_array_type, baseType: !95, size: 1056, elements: !292)
!292 = !{!293}
!293 = !DISubrange(count: 33)
!294 = !{!295, !296, !297}
!295 = !DILocalVariable(name: "a", arg: 1, scope: !285, file: !3, line: 52, type: !288)
!296 = !DILocalVariable(name: "k", arg: 2, scope: !285, file: !3, line: 52, type: !95)
!297 = !DILocalVariable(name: "i", scope: !298, file: !3, line: 53, type: !95)
!298 = distinct !DILexicalBlock(scope: !285, file: !3, line: 53, column: 3)
!299 = !DILocation(line: 52, column: 52, scope: !285)
!300 = !DILocation(line: 0, scope: !285)
!301 = !DILocation(line: 0, scope: !298)
!302 = !DILocation(line: 53, column: 39, scope: !303)
!303 = distinct !DILexicalBlock(scope: !298, file: !3, line: 53, column: 3)
!304 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 4, atomRank: 2)
!305 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 4, atomRank: 1)
!306 = !DILocation(line: 53, column: 32, scope: !303)
!307 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 46, atomRank: 2)
!308 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 46, atomRank: 1)
!309 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 49, atomRank: 2)
!310 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 49, atomRank: 1)
!311 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 52, atomRank: 2)
!312 = !DILocation(line: 53, column: 39, scope: !303, atomGroup: 52, atomRank: 1)
!313 = !DILocation(line: 54, column: 10, scope: !285, atomGroup: 7, atomRank: 1)
!314 = !{i64 0, i64 132, !137}
!315 = !DILocation(line: 54, column: 3, scope: !285, atomGroup: 7, atomRank: 1)
!316 = distinct !DISubprogram(name: "array_copy_chain", scope: !3, file: !3, line: 57, type: !317, scopeLine: 57, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !322, keyInstructions: true)
!317 = !DISubroutineType(types: !318)
!318 = !{null, !319, !320, !95}
!319 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !288, size: 64)
!320 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !321, size: 64)
!321 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !288)
!322 = !{!323, !324, !325}
!323 = !DILocalVariable(name: "dst", arg: 1, scope: !316, file: !3, line: 57, type: !319)
!324 = !DILocalVariable(name: "src", arg: 2, scope: !316, file: !3, line: 57, type: !320)
!325 = !DILocalVariable(name: "k", arg: 3, scope: !316, file: !3, line: 57, type: !95)
!326 = !DILocation(line: 0, scope: !316)
!327 = !DILocation(line: 0, scope: !285, inlinedAt: !328)
!328 = distinct !DILocation(line: 58, column: 10, scope: !316)
!329 = !DILocation(line: 0, scope: !285, inlinedAt: !330)
!330 = distinct !DILocation(line: 59, column: 10, scope: !316)
!331 = !DILocation(line: 58, column: 10, scope: !316, atomGroup: 1, atomRank: 1)
!332 = !DILocation(line: 0, scope: !298, inlinedAt: !328)
!333 = !DILocation(line: 0, scope: !298, inlinedAt: !330)
!334 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !328, atomGroup: 61, atomRank: 2)
!335 = !DILocation(line: 59, column: 33, scope: !316)
!336 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !330, atomGroup: 70, atomRank: 2)
!337 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !328, atomGroup: 58, atomRank: 2)
!338 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !330, atomGroup: 67, atomRank: 2)
!339 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !328, atomGroup: 55, atomRank: 2)
!340 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !330, atomGroup: 64, atomRank: 2)
!341 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !328, atomGroup: 4, atomRank: 2)
!342 = !DILocation(line: 53, column: 39, scope: !303, inlinedAt: !330, atomGroup: 4, atomRank: 2)
!343 = !DILocation(line: 59, column: 10, scope: !316, atomGroup: 2, atomRank: 1)
!344 = !DILocation(line: 60, column: 1, scope: !316, atomGroup: 3, atomRank: 1)
